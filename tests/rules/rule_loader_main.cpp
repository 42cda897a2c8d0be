#define BOOST_TEST_MODULE rule_loader_tests
#include <boost/test/unit_test.hpp>
