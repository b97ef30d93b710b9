package org.gongkai.request;

/** An uploaded attachment: 身份证明 scan or supporting document. */
public record Upload(String fileName, byte[] content) {}
