/**
 * Generic document services for the other modules: file type detection, text extraction, personal
 * data detection, PDF and Word letters, redaction (区分处理) and spreadsheet exports. Stateless; no
 * tables, no Spring beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.gongkai.document;
