import type { QueryInterface } from 'sequelize';

export async function up({ context }: { context: QueryInterface }): Promise<void> {
  await context.sequelize.query(`
    create table nodes (
      id text primary key,
      name text not null,
      url text not null,
      token text not null,
      allocation_ip text not null,
      last_seen_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table eggs (
      id uuid primary key,
      name text not null,
      author text not null default '',
      description text not null default '',
      format text not null,
      -- json, not jsonb: jsonb reorders keys, and the first image is the default.
      docker_images json not null,
      startup text not null,
      stop_command text not null,
      done_text jsonb not null,
      install_script text not null,
      install_image text not null,
      install_entrypoint text not null,
      variables jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table servers (
      id uuid primary key,
      name text not null,
      owner_id text not null references "user" (id),
      node_id text not null references nodes (id),
      egg_id uuid not null references eggs (id),
      status text not null,
      allocation_ip text not null,
      allocation_port integer not null,
      memory_mb integer not null,
      cpu_percent integer not null,
      disk_mb integer not null,
      environment jsonb not null,
      image text,
      install_output text,
      -- n in server-<id>-<type>-<n>; bumped under the row lock that serialises operations.
      operation_counter integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      -- One server per port per node; the API answers 409 when this is hit.
      constraint servers_node_port_unique unique (node_id, allocation_port)
    );
    create index servers_owner_id_idx on servers (owner_id);
    create table operations (
      workflow_id text primary key,
      server_id uuid not null references servers (id) on delete cascade,
      type text not null,
      started_at timestamptz not null,
      -- Set once Temporal reports the execution closed, so later checks skip it.
      closed_at timestamptz
    );
    create index operations_server_id_idx on operations (server_id, started_at desc);
  `);
}
