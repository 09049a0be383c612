"""The HVAC technician whose facts the facts tests confirm, in the window, the workflow
and the command line alike: a resume, a posting that asks for ServiceTitan (which the
resume lacks), the role a fact is placed under and the line the user writes."""

RESUME = """Luis Ortega
luis.ortega@example.com | (555) 019-2040 | Tucson, AZ

Experience
HVAC Service Technician, Desert Air Mechanical  2018 - Present
- Diagnosed and repaired rooftop units and split systems for 40 commercial clients
- Recovered and recharged refrigerant under EPA Section 608 rules

Apprentice Technician, Cool Breeze Heating  2015 - 2018
- Installed ductwork and thermostats in new homes

Skills
EPA 608 Universal, brazing, electrical troubleshooting
"""
POSTING = """HVAC Field Technician
Requirements: 3+ years of HVAC service; EPA 608 certification; electrical troubleshooting;
ServiceTitan for dispatch and invoicing; NATE certification.
Preferred: building automation systems.
"""
ROLE = "HVAC Service Technician, Desert Air Mechanical  2018 - Present"
LINE = "Scheduled and closed work orders in ServiceTitan for a 12-truck fleet"
