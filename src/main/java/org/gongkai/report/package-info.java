/**
 * 政府信息公开工作年度报告: compiled from the records of the other modules (through
 * {@link ProactiveFigures}, {@link RequestFigures} and {@link AppealFigures}), cross-checked,
 * exported, published; published reports imported and validated.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual reports")
package org.gongkai.report;
