-- Bulk listing uploads: one row per uploaded sheet, one per listing row in it, so that the
-- page can show progress while it runs and the result stays for the seller to download.
create table bulk_upload (
    id            bigserial primary key,
    seller_id     bigint       not null,
    file_name     varchar(200) not null,
    locale        varchar(10)  not null,
    status        varchar(20)  not null check (status in ('RUNNING', 'DONE', 'STOPPED')),
    total_rows    integer      not null check (total_rows between 1 and 1000),
    done_rows     integer      not null default 0,
    headings      text         not null,
    created_at    timestamptz  not null,
    heartbeat_at  timestamptz  not null,
    finished_at   timestamptz
);

create index bulk_upload_seller_idx on bulk_upload (seller_id, created_at desc);

create table bulk_upload_row (
    upload_id     bigint       not null references bulk_upload (id) on delete cascade,
    row_number    integer      not null,
    outcome       varchar(20)  not null
                  check (outcome in ('PENDING', 'CREATED', 'UPDATED', 'LIVE', 'HELD', 'REFUSED')),
    product_id    bigint,
    product_name  varchar(200) not null default '',
    problems      text         not null default '',
    cells         text         not null,
    primary key (upload_id, row_number)
);
