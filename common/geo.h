/*
 * Distance on the map between two points given in degrees, on a flat
 * projection around their mean latitude: near enough for telling a town
 * a hundred kilometres off from one at hand, and cheap.  Not for long
 * distances or near the poles.
 */
#ifndef FW_GEO_H
#define FW_GEO_H

#include <math.h>

/* Kilometres from (lat1, lon1) to (lat2, lon2), in degrees; NaN when a
 * coordinate is NaN, so a comparison with it is false. */
static inline double
geo_km(double lat1, double lon1, double lat2, double lon2)
{
	double x, y;

	x = (lon2 - lon1) * cos((lat1 + lat2) * M_PI / 360);
	y = lat2 - lat1;
	return 111.2 * sqrt(x * x + y * y);
}

#endif
