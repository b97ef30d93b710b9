package org.gongkai.request;

/** The hashing of query codes, for the module's own demo data. */
public final class DemoCodes {

  private DemoCodes() {}

  public static String hash(String trackingNumber, String queryCode) {
    return DisclosureRequests.hash(trackingNumber, queryCode);
  }
}
