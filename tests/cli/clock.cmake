# A kiosk whose clock is before the central's clock at its last sync (as a stander that boots
# with a flat RTC battery finds it) fails its self-test and names the clock.
#   cmake -DPROGRAM=... -DCONFIG=... -DCACHE=... -P clock.cmake
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
unset(ENV{QT_QPA_PLATFORM})
file(REMOVE ${CACHE})
get_filename_component(dir ${CONFIG} DIRECTORY)
# The self-test never makes or changes the cache: a start does (offscreen, one screenshot).
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${PROGRAM} --config ${CONFIG} --screenshot ${dir}/first.png
  WORKING_DIRECTORY ${dir} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
unset(ENV{QT_QPA_PLATFORM})
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "first start: exit ${rc}\n${out}${err}")
endif()
# The clock is fine.
execute_process(COMMAND ${PROGRAM} --self-test --config ${CONFIG} WORKING_DIRECTORY ${dir}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "first self-test: exit ${rc}\n${out}${err}")
endif()
# The central's clock at the last sync was in 2099: this machine's clock is behind it.
execute_process(COMMAND sqlite3 ${CACHE}
  "INSERT OR REPLACE INTO meta(key, value) VALUES ('sync.lastCentralTime', '2099-01-01T00:00:00.000Z')"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "sqlite3: ${err}")
endif()
execute_process(COMMAND ${PROGRAM} --self-test --config ${CONFIG} WORKING_DIRECTORY ${dir}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
set(all "${out}${err}")
if(rc EQUAL 0)
  message(FATAL_ERROR "self-test passed with a clock before the last sync\n${all}")
endif()
foreach(re "self-test: FAILED: clock\n" "(^|\n)FAIL  clock    system clock implausible: it says [0-9-]+ [0-9:]+ UTC, before the last sync with the central \\(2099-01-01 00:00:00 UTC[^\n]* — set it \\(timedatectl set-time"
    "(^|\n)PASS  cache  ")
  if(NOT all MATCHES "${re}")
    message(FATAL_ERROR "output does not match '${re}'\n${all}")
  endif()
endforeach()
message(STATUS "ok: exit ${rc}\n${all}")
