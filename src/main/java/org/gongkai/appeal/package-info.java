/**
 * 行政复议、行政诉讼和投诉举报: the registers of reconsideration and litigation cases about an
 * agency's disclosure work and of the complaints its supervisor receives (条例第四十七、五十一条);
 * they feed section 四 of the annual report through {@link org.gongkai.report.AppealFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reconsideration, litigation and complaints")
package org.gongkai.appeal;
