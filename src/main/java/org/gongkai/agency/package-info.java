/**
 * 行政机关: the tree of administrative bodies (city, districts and counties, townships, and their
 * departments) with the contact details of each and of its disclosure office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package org.gongkai.agency;
