/**
 * 依申请公开: the request desk — intake (online, API, staff registration), the statutory clock of
 * Art. 30–35 of the regulation, handling states and replies, tracking for applicants, and the
 * section 三 figures of the annual report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure requests")
package org.gongkai.request;
