#define BOOST_TEST_MODULE expression_tests
#include <boost/test/unit_test.hpp>
