# Checks the direction of every #include "..." in the product's sources (cmake -P, run by ctest
# as lint_layering): a part includes only its own headers and those of the parts below it, each
# with its part's prefix ("domain/types.h"); a bare "name.h" is allowed only for a header of the
# same folder that the part keeps private (not exported, see bk_export_headers in the top
# CMakeLists.txt); no "../". The compiler enforces the same through the exported include
# folders (lint_layering_probes); this check also covers headers no probe compiles.
#
#   cmake -DSOURCE_DIR=<tree> -DINCLUDE_ROOT=<build>/include -P layering.cmake
# Prints one line per violation ("<file>:<line>: <part> may not include <header>") and fails.

cmake_policy(VERSION 3.25)
if(NOT SOURCE_DIR OR NOT INCLUDE_ROOT)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=... -DINCLUDE_ROOT=... -P layering.cmake")
endif()

# The parts, innermost first: folder, include prefix, and the parts it may include.
# The executables' main.cpp files are checked as the part "app" (anything but the central) and
# "central" (its own folder).
set(parts domain protocol platform drivers store demo sync kiosk graph central app)
set(domain_dir app/domain)
set(domain_uses "")
set(protocol_dir drivers/protocol)
set(protocol_uses "")
set(platform_dir platform)
set(platform_uses domain)
set(drivers_dir drivers)
set(drivers_uses domain protocol)
set(store_dir app/store)
set(store_uses domain platform)
set(demo_dir app/demo)
set(demo_uses domain)
set(sync_dir app/sync)
set(sync_uses domain platform store)
set(kiosk_dir app/kiosk)
set(kiosk_uses domain store sync drivers)
set(graph_dir app/graph)
set(graph_uses domain protocol platform drivers store demo sync kiosk)
set(central_dir central)
set(central_uses domain platform demo)
set(app_dir app)
set(app_uses domain protocol platform drivers store demo sync kiosk graph)

set(violations "")
foreach(part IN LISTS parts)
  set(dir ${SOURCE_DIR}/${${part}_dir})
  if(NOT IS_DIRECTORY ${dir})
    message(FATAL_ERROR "${${part}_dir} is not a folder: update the table of parts")
  endif()
  # The part's exported headers, by name: these must be included with the prefix.
  file(GLOB exported RELATIVE ${INCLUDE_ROOT} ${INCLUDE_ROOT}/*/${part}/*.h)
  if(NOT exported AND NOT part STREQUAL "app")
    message(FATAL_ERROR "no exported headers of ${part} under ${INCLUDE_ROOT}: wrong folder?")
  endif()
  set(exported_names "")
  foreach(e IN LISTS exported)
    cmake_path(GET e FILENAME n)
    list(APPEND exported_names ${n})
  endforeach()
  file(GLOB files ${dir}/*.h ${dir}/*.cpp)
  foreach(file IN LISTS files)
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]+[\"<]")
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${file})
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+[\"<]([^\">]+)[\">].*" "\\1" header "${line}")
      if(line MATCHES "include[ \t]*<")
        # A system header, unless it names one of our parts ("<kiosk/session.h>").
        if(header MATCHES "^([a-z]+)/" AND CMAKE_MATCH_1 IN_LIST parts)
          list(APPEND violations "${rel}: <${header}>: include the project's headers with quotes")
        endif()
      elseif(header MATCHES "\\.\\./")
        list(APPEND violations "${rel}: \"${header}\" climbs out of its folder")
      elseif(header MATCHES "^([a-z]+)/")
        set(prefix ${CMAKE_MATCH_1})
        if(NOT prefix STREQUAL part AND prefix IN_LIST parts AND
           NOT prefix IN_LIST ${part}_uses)
          list(APPEND violations "${rel}: ${part} may not include ${header} (a higher layer)")
        endif()
      elseif(NOT EXISTS ${dir}/${header})
        list(APPEND violations "${rel}: \"${header}\" is not in its folder: include it with its part's prefix")
      elseif(header IN_LIST exported_names)
        list(APPEND violations "${rel}: \"${header}\" is exported: include it as \"${part}/${header}\"")
      endif()
    endforeach()
  endforeach()
endforeach()

list(LENGTH violations count)
foreach(v IN LISTS violations)
  message("${v}")
endforeach()
if(count GREATER 0)
  message(FATAL_ERROR "${count} include(s) against the layering (see ARCHITECTURE.md)")
endif()
message("layering: every include goes down or stays in its part")
