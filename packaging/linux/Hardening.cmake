# The hardening Debian expects of packaged programs (dpkg-buildflags'
# "hardening=+all" set), for Release builds with GCC or Clang on Linux: the
# configuration packages are made from. Debug and sanitizer builds stay as
# they are, so that debugging and ASan are not disturbed.

include(CheckCXXCompilerFlag)

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    return()
endif()

set(release "$<CONFIG:Release>")
set(executable "$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>")

# Some toolchains (Ubuntu's GCC) predefine _FORTIFY_SOURCE=3: undefine it
# first so that the level is the same everywhere and no redefinition
# warning breaks -Werror builds.
target_compile_options(floorwatch_options INTERFACE
    "$<${release}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2;-fstack-protector-strong>")

# Only where the compiler has them: stack clash protection on every target,
# control-flow protection on x86 only.
foreach(flag -fstack-clash-protection -fcf-protection)
    string(MAKE_C_IDENTIFIER "FLOORWATCH_HAS${flag}" has_flag)
    check_cxx_compiler_flag(${flag} ${has_flag})
    if(${has_flag})
        target_compile_options(floorwatch_options INTERFACE $<${release}:${flag}>)
    endif()
endforeach()

# Full RELRO with immediate binding: the GOT is read-only once the program
# runs. Position-independent executables for ASLR: linked with -pie, from
# objects that Qt's usage requirements already compile with -fPIC. (-fPIE
# is not added: Qt built with reduce-relocations rejects code compiled as
# PIE instead of PIC, and PIC objects are valid in a PIE.)
target_link_options(floorwatch_options INTERFACE
    "$<${release}:LINKER:-z,relro;LINKER:-z,now>"
    "$<$<AND:${release},${executable}>:-pie>")
