-- The login role the API runs as in the tests (the e2e suite, the browser tests): a member of
-- signoff_app, whose grants the migrations set, as on a real install (README, "Database roles").
-- Roles belong to the whole server and test runs start at the same time, so each step tolerates
-- another run having done it first.
DO $$
BEGIN
  CREATE ROLE signoff_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$
BEGIN
  CREATE ROLE signoff_test_api LOGIN PASSWORD 'signoff_test_api';
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$
BEGIN
  GRANT signoff_app TO signoff_test_api;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
