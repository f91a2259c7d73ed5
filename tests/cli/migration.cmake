# A cache whose upgrade fails half-way: the file is at user_version 0 but already has an
# `outbox` table with a row (a foreign or damaged file), so the initial schema's step creates
# meta, sites, services, ... and then fails at CREATE TABLE outbox. The program must refuse to
# start and say so (file, step, rolled back, version kept, SQLite's reason), and the file must
# be exactly as it was: same user_version, same tables, same rows.
#   cmake -DPROGRAM=... -DCONFIG=... -DCACHE=... -P migration.cmake
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
file(REMOVE ${CACHE} ${CACHE}-wal ${CACHE}-shm)
get_filename_component(dir ${CONFIG} DIRECTORY)
get_filename_component(cachedir ${CACHE} DIRECTORY)
file(MAKE_DIRECTORY ${cachedir})
execute_process(COMMAND sqlite3 ${CACHE}
  "CREATE TABLE outbox (keep TEXT); INSERT INTO outbox VALUES ('row-1'), ('row-2');"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "sqlite3: ${err}")
endif()
set(dump_sql "PRAGMA user_version; SELECT type, name, sql FROM sqlite_schema ORDER BY name; SELECT * FROM outbox ORDER BY keep;")
execute_process(COMMAND sqlite3 ${CACHE} "${dump_sql}" OUTPUT_VARIABLE before RESULT_VARIABLE rc)
# A normal start (as under systemd): with a working cache it would run until killed.
execute_process(COMMAND ${PROGRAM} --config ${CONFIG} WORKING_DIRECTORY ${dir}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
set(all "${out}${err}")
if(NOT rc EQUAL 69)
  message(FATAL_ERROR "exit ${rc}, expected 69 (EX_UNAVAILABLE)\n${all}")
endif()
foreach(re "cannot open the cache [^\n]*cache.sqlite"
    "migration 1 \\(initial schema\\) failed and was rolled back; the cache stays at version 0"
    "table outbox already exists")
  if(NOT all MATCHES "${re}")
    message(FATAL_ERROR "output does not match '${re}'\n${all}")
  endif()
endforeach()
execute_process(COMMAND sqlite3 ${CACHE} "${dump_sql}" OUTPUT_VARIABLE after)
if(NOT before STREQUAL after)
  message(FATAL_ERROR "the file changed:\n--- before\n${before}\n--- after\n${after}")
endif()
if(NOT before MATCHES "^0\ntable\\|outbox\\|CREATE TABLE outbox \\(keep TEXT\\)\nrow-1\nrow-2\n$")
  message(FATAL_ERROR "unexpected dump:\n${before}")
endif()
message(STATUS "ok: exit ${rc}\n${all}")
