/**
 * 演示数据: on the first start of an empty database (unless {@code GONGKAI_DEMO=false}) loads a
 * Chongqing agency tree and, as the other modules provide them, their records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.gongkai.demo;
