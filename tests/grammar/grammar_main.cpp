#define BOOST_TEST_MODULE grammar
#include <boost/test/unit_test.hpp>
