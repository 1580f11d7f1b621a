// ScreeningStore: PostgreSQL persistence (migrations, repositories, embedded cluster, audit log).
