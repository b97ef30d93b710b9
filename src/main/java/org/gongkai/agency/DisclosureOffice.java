package org.gongkai.agency;

/** 政府信息公开工作机构: the unit of an agency that handles disclosure, with its own contacts. */
public record DisclosureOffice(
    String name, String address, String hours, String phone, String fax, String email) {}
