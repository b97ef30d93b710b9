-- 答复文书: standard templates (editable by administrators) and the letters issued, frozen as PDF and DOCX.
create table letter_template (
    code        varchar(40)  primary key,
    title       varchar(100) not null,
    article     varchar(100) not null,
    body        text         not null,
    version     integer      not null default 0,
    updated_by  varchar(50),
    updated_at  timestamptz  not null default now()
);

create table request_letter (
    id              bigserial primary key,
    request_id      bigint       not null references disclosure_request (id),
    template_code   varchar(40)  not null,
    title           varchar(100) not null,
    document_number varchar(60)  not null,
    body            text         not null,
    pdf             bytea        not null,
    docx            bytea        not null,
    issued_on       date         not null,
    issued_by       varchar(50),
    issued_at       timestamptz  not null default now()
);
create index request_letter_request_idx on request_letter (request_id, id);

create table request_letter_sequence (
    agency_code varchar(20) not null,
    year        integer     not null,
    last_value  integer     not null,
    primary key (agency_code, year)
);

-- issued letters are frozen
create trigger request_letter_frozen before update or delete on request_letter
    for each row execute function request_event_append_only();

insert into letter_template (code, title, article, body) values
('RECEIPT', '政府信息公开申请登记回执', '第三十一条',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

根据《中华人民共和国政府信息公开条例》第三十一条的规定，该日为本机关收到申请之日。本机关将依照该条例第三十三条的规定，自收到申请之日起20个工作日内予以答复，答复期限至{{dueDate}}；需要延长答复期限的，将另行告知。

您可以凭申请编号和查询码在本平台“依申请公开—办理进度查询”栏目查询办理进度。'),
('CORRECTION', '政府信息公开申请补正告知书', '第三十条',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}）。经审查，您的申请内容不够明确，根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对以下事项作出补正：

{{correctionItems}}

请于{{correctionDueOn}}前将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。'),
('EXTENSION', '政府信息公开申请延期答复告知书', '第三十三条第二款',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}）。因{{extensionReason}}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{{extensionDays}}个工作日，延长后的答复期限至{{dueDate}}。

特此告知。'),
('THIRD_PARTY', '政府信息公开第三方意见征询函', '第三十二条',
'本机关收到申请人提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。经审查，该信息的公开可能损害你方合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求你方意见。

请于收到本函之日起15个工作日内提出是否同意公开的书面意见并说明理由。逾期未提出意见的，由本机关依照该条例的规定决定是否公开。你方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知你方。'),
('FEE', '政府信息公开信息处理费收费通知书', '第四十二条、国办函〔2020〕109号',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}）。您申请公开政府信息的数量、频次明显超过合理范围，根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费人民币{{feeAmount}}元。计费依据：{{feeBasis}}

请于收到本通知次日起20个工作日内缴纳。收费通知期间不计算在答复期限内；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。'),
('REPLY_GRANTED', '政府信息公开申请答复书', '第三十六条第（一）（二）项',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经审查，您申请获取的政府信息属于公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，现将该政府信息提供给您（获取方式：{{delivery}}）。{{note}}

{{remedies}}'),
('REPLY_PARTIAL', '政府信息公开申请答复书（部分公开）', '第三十七条',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关向您提供可以公开的内容；对不予公开的内容，理由如下：{{note}}

{{remedies}}'),
('REPLY_WITHHELD', '政府信息公开申请答复书（不予公开）', '第三十六条第（三）项',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经审查，您申请获取的政府信息{{outcome}}，依据《中华人民共和国政府信息公开条例》{{article}}的规定，不予公开。根据该条例第三十六条第（三）项的规定，特此告知。{{note}}

{{remedies}}'),
('REPLY_NOT_EXIST', '政府信息公开申请答复书（信息不存在）', '第三十六条第（四）项',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经检索，本机关没有制作或者获取您申请公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，告知您该政府信息不存在。{{note}}

{{remedies}}'),
('REPLY_NOT_RESPONSIBLE', '政府信息公开申请答复书（非本机关负责公开）', '第三十六条第（五）项',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经审查，您申请获取的政府信息不属于本机关负责公开。根据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定，告知您该信息由{{note}}负责公开，您可以向该机关提出申请。

{{remedies}}'),
('REPLY_NEEDS_CREATION', '政府信息公开申请答复书（需另行制作）', '第三十八条',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经审查，本机关没有您所申请的现成信息，需要对现有政府信息进行加工、分析方能形成。根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关不予提供。{{note}}

{{remedies}}'),
('REPLY_DUPLICATE', '政府信息公开申请答复书（不予重复处理）', '第三十六条第（六）项',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经审查，本机关已就您此前提出的相同申请作出答复（{{note}}），您重复申请公开相同政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（六）项的规定，本机关不予重复处理。

{{remedies}}'),
('REPLY_NOT_APPLICATION', '告知书（不作为政府信息公开申请处理）', '第三十九条',
'本机关于{{receivedOn}}收到您（单位）提交的材料（编号：{{trackingNumber}}），内容为“{{description}}”。

经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。{{note}}

{{remedies}}'),
('REPLY_OTHER', '政府信息公开申请答复书', '第三十六条',
'本机关于{{receivedOn}}收到您（单位）提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。

经审查，本机关答复如下：{{outcome}}。{{note}}

{{remedies}}');
