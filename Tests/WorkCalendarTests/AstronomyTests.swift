import Testing
@testable import WorkCalendar
import TestKit

/// Checks the astronomy against the worked examples in Meeus, *Astronomical Algorithms*.
@Suite("Astronomy (Meeus)")
struct AstronomyTests {
    @Test("Meeus example 49.a: new moon of 1977 February, JDE 2443192.65118")
    func newMoon1977() {
        // MUT
        let jde = Astronomy.newMoon(-283)
        // validate
        #expect(abs(jde - 2_443_192.65118) < 0.00002)
    }

    @Test("Meeus example 22.a: nutation in longitude on 1987-04-10 is −3.788″")
    func nutation1987() {
        let t = (2_446_895.5 - Astronomy.j2000) / 36525
        #expect(abs(Nutation.longitude(t: t) - -3.788) < 0.002)
    }

    @Test("Meeus example 25.b: apparent solar longitude on 1992-10-13.0 TD is 199°54′21.818″")
    func sunLongitude1992() {
        let expected = 199.0 + 54.0 / 60 + 21.818 / 3600
        let longitude = Astronomy.sunApparentLongitude(jde: 2_448_908.5)
        #expect(abs(longitude - expected) * 3600 < 0.1)
    }

    @Test("Meeus example 27.a: June solstice 1962, 21h24m42s TD by VSOP87 (JDE 2437837.39215)")
    func solstice1962() {
        let jde = Astronomy.jdeOfSunLongitude(90, near: 2_437_837.0)
        #expect(abs(jde - 2_437_837.39215) * 86_400 < 10)
    }

    @Test("ΔT is close to the observed value (about 64 s in 2000, 69 s in 2020)")
    func deltaT() {
        #expect(abs(Astronomy.deltaT(year: 2000) - 63.86) < 0.01)
        #expect(abs(Astronomy.deltaT(year: 2020) - 69.4) < 2.5)
    }
}
