# floorwatch_drop_agl(<target>)
#
# Xcode 26's macOS SDK no longer has the AGL framework, but Qt's
# FindWrapOpenGL.cmake up to 6.8.3 still links it (QTBUG-137687, fixed in Qt
# 6.8.4 and 6.9.2): removes AGL, in either spelling Qt uses ("-framework AGL"
# or a path to AGL.framework), from the target's link interface. Where AGL is
# not listed it changes nothing. tests/packaging/drop_agl checks it.
function(floorwatch_drop_agl target)
    if(NOT TARGET ${target})
        return()
    endif()
    get_target_property(libraries ${target} INTERFACE_LINK_LIBRARIES)
    if(NOT libraries)
        return()
    endif()
    set(kept ${libraries})
    list(FILTER kept EXCLUDE REGEX "(^|[/ ])AGL($|\\.framework/?$)")
    if(NOT kept STREQUAL libraries)
        message(STATUS "Not linking AGL (QTBUG-137687)")
        set_target_properties(${target} PROPERTIES INTERFACE_LINK_LIBRARIES "${kept}")
    endif()
endfunction()
