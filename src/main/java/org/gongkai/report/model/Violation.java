package org.gongkai.report.model;

import java.util.List;

/**
 * A broken cross-check (勾稽关系).
 *
 * @param rule the rule name, e.g. {@code requests.balance}
 * @param cells the keys of the cells involved
 * @param expected what the rule computes from the other cells
 * @param found what the report says
 * @param message what is wrong, in Chinese, in the terms of the table
 */
public record Violation(String rule, List<String> cells, long expected, long found, String message) {}
