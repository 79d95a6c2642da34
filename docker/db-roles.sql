-- Run once by the postgres image when the db volume is first created, as POSTGRES_USER
-- (signoff), which owns the database and runs the migrations. The API logs in as signoff_api,
-- which owns nothing and has only the grants the migrations give signoff_app (README,
-- "Database roles"). On a volume created before this file existed, run it once:
--   docker compose exec db psql -U signoff -d signoff -f /docker-entrypoint-initdb.d/signoff-roles.sql
CREATE ROLE signoff_app NOLOGIN;
CREATE ROLE signoff_api LOGIN PASSWORD 'signoff_api';
GRANT signoff_app TO signoff_api;
