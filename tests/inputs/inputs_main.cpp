#define BOOST_TEST_MODULE inputs_tests
#include <boost/test/unit_test.hpp>
