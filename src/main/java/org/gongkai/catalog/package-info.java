/**
 * 政府信息公开目录: proactively published government information (政府信息) with its metadata, the
 * publication workflow (draft, 保密审查, publication, withdrawal), normative documents with their
 * validity and 立改废 links, policy interpretations, bulk import, and the portal pages that show them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.gongkai.catalog;
