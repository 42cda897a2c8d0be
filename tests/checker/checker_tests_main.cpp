#define BOOST_TEST_MODULE checker_tests
#include <boost/test/unit_test.hpp>
