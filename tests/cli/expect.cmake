# Runs one borgerkiosk command line with no display at all (as a technician over ssh would)
# and checks its exit code and output.
#   cmake -DPROGRAM=... -DARGS="a;b" -DEXIT=0 -DMATCH="regex;regex" [-DWORKDIR=...] -P expect.cmake
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
unset(ENV{QT_QPA_PLATFORM})
if(NOT WORKDIR)
  set(WORKDIR ${CMAKE_CURRENT_BINARY_DIR})
endif()
execute_process(COMMAND ${PROGRAM} ${ARGS}
  WORKING_DIRECTORY ${WORKDIR}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
set(all "${out}${err}")
if(NOT rc STREQUAL EXIT)
  message(FATAL_ERROR "exit code ${rc}, expected ${EXIT}\n--- output:\n${all}")
endif()
foreach(re IN LISTS MATCH)
  if(NOT all MATCHES "${re}")
    message(FATAL_ERROR "output does not match '${re}'\n--- output:\n${all}")
  endif()
endforeach()
message(STATUS "ok: exit ${rc}\n${all}")
