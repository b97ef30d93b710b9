package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the built-in holiday calendar 2019–2026 (see {@code org.gongkai.calendar.HolidaySeed}). */
public class V11__holidays extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    org.gongkai.calendar.HolidaySeed.load(context);
  }
}
