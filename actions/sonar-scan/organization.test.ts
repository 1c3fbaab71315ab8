import { describe, expect, test } from '@jest/globals'
import { organizationFor } from './organization.js'

describe('organizationFor', () => {
  test.each([
    ['', 'https://sonarcloud.io', 'AcademySoftwareFoundation/openexr', 'academysoftwarefoundation'],
    ['', 'https://SonarCloud.io/', 'Jane-Doe/tool', 'jane-doe'],
    ['', 'https://sonarqube.us', 'ASWF/x', 'aswf'],
    ['MyOrg', 'https://sonarcloud.io', 'AcademySoftwareFoundation/openexr', 'MyOrg'],
    ['', 'https://sonar.example.com', 'AcademySoftwareFoundation/openexr', ''],
    ['', 'http://127.0.0.1:9000', 'aswf/openexr', '']
  ])('%j on %s for %s: %j', (given, host, repository, expected) => {
    expect(organizationFor(given, host, repository)).toBe(expected)
  })
})
