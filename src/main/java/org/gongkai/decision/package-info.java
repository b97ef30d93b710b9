/**
 * 权力清单和处理决定: the power and service lists per agency and year, the administrative decisions
 * published under 双公示 (bulk import, masked personal data, public lists, automatic withdrawal),
 * the figures agencies file where no records are kept (统计填报), and the report's section 二
 * figures that come from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Power lists and decisions")
package org.gongkai.decision;
