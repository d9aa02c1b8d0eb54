"""Original demo content for the fictional newspaper "The Harbour Courier".

All people, places, organisations and events described here are invented.
The data is plain Python literals so it can be loaded without any imports.
"""

SITE = {
    "name": "The Harbour Courier",
    "tagline": "Independent news from Port Alder since 1894",
    "copyright": "© {year} The Harbour Courier. All rights reserved.",
}

SECTIONS = [
    {
        "name": "Politics",
        "slug": "politics",
        "description": "Town hall decisions, elections and the arguments that shape life in Port Alder and the surrounding district.",
        "position": 1,
    },
    {
        "name": "Business",
        "slug": "business",
        "description": "Jobs, trade and enterprise along the quay, on the high street and across the Marram Hills.",
        "position": 2,
    },
    {
        "name": "Environment",
        "slug": "environment",
        "description": "Coastline, weather, wildlife and the changing landscape of Alder Bay and beyond.",
        "position": 3,
    },
    {
        "name": "Education",
        "slug": "education",
        "description": "Schools, colleges and the families who depend on them, from nursery to apprenticeship.",
        "position": 4,
    },
    {
        "name": "Sport",
        "slug": "sport",
        "description": "Football, sailing, rowing and grassroots sport from the Quayside Ground to Kestrel Point.",
        "position": 5,
    },
    {
        "name": "Culture",
        "slug": "culture",
        "description": "Arts, festivals, heritage and reviews from a town that has always made its own entertainment.",
        "position": 6,
    },
]

AUTHORS = [
    {
        "name": "Maren Holloway",
        "slug": "maren-holloway",
        "job_title": "Chief Political Reporter",
        "bio": "Maren has covered Port Alder Town Council and the county chamber for more than a decade. She grew up above her parents’ chandlery on Quay Road and still cannot walk past a planning notice without reading it.",
        "website": "https://example.org/maren-holloway",
        "social_handle": "@marenholloway",
        "colour": (46, 84, 128),
    },
    {
        "name": "Tomasz Wierzbicki",
        "slug": "tomasz-wierzbicki",
        "job_title": "Business Editor",
        "bio": "Tomasz joined the Courier after eight years reporting on regional trade and shipping. He writes about the firms, co-operatives and sole traders that keep the district’s economy afloat.",
        "website": "",
        "social_handle": "@tomasz_writes",
        "colour": (150, 92, 40),
    },
    {
        "name": "Kwame Asante",
        "slug": "kwame-asante",
        "job_title": "Environment Correspondent",
        "bio": "Kwame reports on the coast, the weather and the wildlife of Alder Bay. A former field ecologist, he is happiest with a tide table in one pocket and a notebook in the other.",
        "website": "https://example.org/kwame-asante",
        "social_handle": "@kwameoncoast",
        "colour": (48, 122, 86),
    },
    {
        "name": "Zoë Pennick",
        "slug": "zoe-pennick",
        "job_title": "Education Reporter",
        "bio": "Zoë covers schools, colleges and children’s services across Port Alder and the Marram Hills. Before journalism she spent five years teaching English at a secondary school inland.",
        "website": "",
        "social_handle": "@zoepennick",
        "colour": (170, 64, 96),
    },
    {
        "name": "Rhys Abernethy",
        "slug": "rhys-abernethy",
        "job_title": "Sports Editor",
        "bio": "Rhys has watched Port Alder Town from the Quayside Ground press box for nineteen seasons. He also covers sailing, gig rowing and anything else that involves a scoreline or a starting gun.",
        "website": "",
        "social_handle": "@rhys_sport",
        "colour": (196, 120, 32),
    },
    {
        "name": "Priya Raman",
        "slug": "priya-raman",
        "job_title": "Arts and Culture Writer",
        "bio": "Priya writes about theatre, galleries, music and local history. She programmes the Courier’s weekend listings and has reviewed every production at the Alder Playhouse since it reopened.",
        "website": "https://example.org/priya-raman",
        "social_handle": "@priyaraman_arts",
        "colour": (112, 70, 160),
    },
    {
        "name": "Declan Fairweather",
        "slug": "declan-fairweather",
        "job_title": "Harbour and Transport Reporter",
        "bio": "Declan covers the harbour, the ferries and the roads in and out of Port Alder. He spent his twenties crewing fishing boats out of Saltgate and still keeps a small crabber on the inner basin.",
        "website": "",
        "social_handle": "",
        "colour": (34, 110, 140),
    },
    {
        "name": "Inês Carvalho",
        "slug": "ines-carvalho",
        "job_title": "Deputy Editor",
        "bio": "Inês oversees the Courier’s news desk and writes a fortnightly column on the politics of place. She moved to Port Alder from Lisbon twenty years ago and has no plans to leave.",
        "website": "https://example.org/ines-carvalho",
        "social_handle": "@inescarvalho",
        "colour": (140, 44, 52),
    },
]

TAGS = [
    {"name": "Harbour", "slug": "harbour"},
    {"name": "Town council", "slug": "town-council"},
    {"name": "Housing", "slug": "housing"},
    {"name": "Budget 2026", "slug": "budget-2026"},
    {"name": "Flooding", "slug": "flooding"},
    {"name": "Schools", "slug": "schools"},
    {"name": "Football", "slug": "football"},
    {"name": "Sailing", "slug": "sailing"},
    {"name": "Festival", "slug": "festival"},
    {"name": "Jobs", "slug": "jobs"},
    {"name": "Transport", "slug": "transport"},
    {"name": "Wildlife", "slug": "wildlife"},
    {"name": "Elections", "slug": "elections"},
    {"name": "Fishing", "slug": "fishing"},
    {"name": "Arts", "slug": "arts"},
]

ARTICLES = [
    # ------------------------------------------------------------------
    # Politics
    # ------------------------------------------------------------------
    {
        "headline": "Council backs £4.2m budget as harbour wall repairs squeeze library hours",
        "slug": "council-backs-budget-harbour-wall-library-hours",
        "dek": "Councillors voted 14 to 9 for a spending plan that puts the crumbling north wall first and trims opening hours at two branch libraries.",
        "section": "politics",
        "authors": ["maren-holloway", "tomasz-wierzbicki"],
        "tags": ["budget-2026", "town-council", "harbour"],
        "dateline": "PORT ALDER",
        "days_ago": 0,
        "hours_ago": 2,
        "is_featured": True,
        "image": {
            "alt": "The stone north wall of Port Alder harbour at low tide, with cracks and missing blocks visible along its base and fishing boats moored behind it.",
            "caption": "Engineers warned last autumn that sections of the harbour’s north wall could fail in a major storm.",
            "credit": "Photo: Hollis Grange / The Harbour Courier",
            "colours": ((38, 70, 104), (164, 186, 196)),
        },
        "body": """<p>Port Alder Town Council last night approved a £4.2 million budget for the coming year that commits more than a quarter of its spending to repairing the harbour’s north wall, while cutting opening hours at the Saltgate and Kestrel Point branch libraries.</p>
<p>The plan passed by 14 votes to 9 after a three-hour meeting at the Guildhall, with the public gallery full for the first time in several years. Council tax for a typical household will rise by 4.9 per cent, or about £1.45 a week.</p>
<p>Councillor Helen Brathwaite, who chairs the finance committee, said the authority had “run out of road” on the wall, which consulting engineers warned last autumn could give way in a severe storm.</p>
<blockquote><p>“Nobody stood for election to close libraries early. But if the north wall goes, we lose the fish market, the lifeboat slip and half the jobs on the quay. That is the choice in front of us.”</p></blockquote>
<h2>Where the money goes</h2>
<p>The biggest change is in harbour and coastal works, which almost doubles. Most other services are held roughly flat in cash terms, which officers acknowledged amounts to a real-terms cut once wage and energy costs are taken into account.</p>
<figure class="table"><table><thead><tr><th>Service</th><th>This year</th><th>Last year</th><th>Change</th></tr></thead><tbody><tr><td>Harbour and coastal works</td><td>£1,150,000</td><td>£620,000</td><td>+85%</td></tr><tr><td>Waste and street cleaning</td><td>£890,000</td><td>£872,000</td><td>+2%</td></tr><tr><td>Parks and open spaces</td><td>£410,000</td><td>£425,000</td><td>−4%</td></tr><tr><td>Libraries</td><td>£298,000</td><td>£366,000</td><td>−19%</td></tr><tr><td>Community grants</td><td>£145,000</td><td>£160,000</td><td>−9%</td></tr></tbody></table></figure>
<h2>Libraries and the opposition</h2>
<p>From the start of the next quarter, Saltgate library will close on Mondays and on Wednesday afternoons, and Kestrel Point library will open three days a week instead of five. The council estimates the changes will save £68,000 a year. No staff will be made redundant, officers said, though two vacant posts will not be filled.</p>
<p>Opposition leader Councillor Tobias Renner, of the Alder Independents, accused the coalition of “balancing the books on the backs of the people least able to travel into town”. He argued that the council’s reserves could have covered the library shortfall for at least another year.</p>
<p>That view was rejected by the council’s chief finance officer, Ngozi Ọ̀kàfọ̀, who told members that reserves stood at £1.1 million, below the level she regarded as prudent for an authority responsible for a working harbour. “One bad winter could take half of that,” she said.</p>
<p>A petition opposing the library cuts, organised by the Friends of Saltgate Library, gathered more than 2,300 signatures. Its chair, Margaret Doolan, said the group would now press the council to let volunteers keep the building open on the lost days. Repair work on the north wall is expected to begin in early autumn and take around eighteen months.</p>""",
    },
    {
        "headline": "By-election called in Saltgate after long-serving councillor steps down",
        "slug": "saltgate-by-election-councillor-steps-down",
        "dek": "Derek Ashdown’s resignation leaves the ruling coalition’s slim majority exposed in a ward where flooding is expected to dominate the campaign.",
        "section": "politics",
        "authors": ["maren-holloway"],
        "tags": ["elections", "town-council", "flooding"],
        "dateline": "SALTGATE",
        "days_ago": 3,
        "hours_ago": 9,
        "is_featured": False,
        "image": None,
        "body": """<p>Voters in Saltgate ward will go to the polls in five weeks’ time after Councillor Derek Ashdown resigned, saying he could no longer combine council work with running his family’s haulage firm.</p>
<p>Mr Ashdown, 58, has represented the ward as an independent for eleven years. In a letter to the town clerk, he said he had “missed more meetings this year than in the previous ten put together” and that Saltgate “deserves better than a part-time councillor”.</p>
<p>The vacancy arrives at an awkward moment for the ruling coalition of Alder First and the Green Party, which holds 16 of the 30 occupied seats. Although Mr Ashdown sat as an independent, he voted with the coalition on most major decisions, including last night’s budget. A win for the opposition Alder Independents would leave the two blocs separated by a single vote.</p>
<h2>Who is standing</h2>
<p>Nominations do not close until next week, but three candidates have already declared:</p>
<ul><li><strong>Carys Hendry</strong> (Alder First), a retired midwife who chairs the Saltgate Residents’ Association;</li><li><strong>Oliver Stanes</strong> (Alder Independents), who runs a vehicle repair garage on Mill Lane;</li><li><strong>Farida Malouf</strong> (Green Party), a marine scientist and volunteer with the Saltgate flood warden scheme.</li></ul>
<p>The town clerk, Anita Prowse, said polling would take place at Saltgate Methodist Hall and the community centre on Brook Street. Postal vote applications must be received at least eleven working days before polling day.</p>
<p>Whoever wins is likely to be judged on flooding. Parts of Saltgate have flooded twice in the past three winters, and residents in the lower streets near the brook say they have struggled to obtain affordable insurance.</p>
<p>“I don’t care what colour rosette they wear,” said Pauline Carr, 71, who spent four months living upstairs after water reached her kitchen two winters ago. “I want someone who turns up, who answers the phone, and who keeps on at the county until the flood scheme is actually built.”</p>
<p>Turnout in the last Saltgate election was 31 per cent. A hustings is planned at the Methodist Hall, and the Courier will publish candidate profiles before polling day.</p>""",
    },
    {
        "headline": "Opinion: Our housing debate keeps dodging the hardest question",
        "slug": "opinion-housing-debate-hardest-question",
        "dek": "Port Alder argues endlessly about where new homes should go. It rarely asks who the homes are for.",
        "section": "politics",
        "authors": ["ines-carvalho"],
        "tags": ["housing", "town-council"],
        "dateline": "",
        "days_ago": 6,
        "hours_ago": 14,
        "is_featured": False,
        "image": None,
        "body": """<p>Walk along Harbour Row on a January evening and count the lit windows. When I did it last winter I reached eleven out of forty. The rest belonged to people who were somewhere else: in the city, abroad, or simply not here until Easter.</p>
<p>That walk has stayed with me through every planning row since. We argue, often furiously, about <em>where</em> new homes should go: on the edge of the Marram Hills, on the old gasworks site, above the shops on Fore Street. We almost never argue about <em>who</em> will live in them. And that, I have come to think, is the only question that really matters.</p>
<h2>Numbers we prefer not to say aloud</h2>
<p>The council’s own housing survey, published quietly last spring, found that roughly one home in five in the harbour wards is a second home or a short-term holiday let. In Kestrel Point the figure is closer to one in three. Meanwhile the waiting list for social housing has grown by a quarter in four years, and the average age of a first-time buyer in the district is now 37.</p>
<p>These figures are not a secret. They are simply inconvenient. Holiday lets bring money into cafés and shops, and the people who own them are often neighbours, not faceless speculators. Nobody wants to be the councillor who tells a retired couple they cannot let out the flat above their garage.</p>
<h2>What could be done</h2>
<p>Yet other coastal towns have found ways through. Some have set a higher council tax rate for homes left empty most of the year. Some require new-build homes in certain areas to be sold only as primary residences. Others have backed community land trusts that hold land permanently for local rent. None of these is painless, and none is a cure on its own.</p>
<p>The draft local plan, which is open for comment until the end of next month at <a href="https://example.org/port-alder-local-plan">the council’s consultation page</a>, mentions second homes exactly once, in a footnote. That is not good enough.</p>
<p>I am not arguing for any single policy. I am arguing that we should have the conversation honestly, in public, before another generation of young families packs up and moves inland. <strong>A town is not its buildings. It is the people who switch the lights on.</strong></p>
<p><em>Inês Carvalho is the Courier’s deputy editor. Her column appears every other Friday.</em></p>""",
    },
    {
        "headline": "Marram Hills housing plan heads to public inquiry after council refusal",
        "slug": "marram-hills-housing-plan-public-inquiry",
        "dek": "Greyfield Homes has appealed against the rejection of 140 houses on farmland outside Thornby, setting up a two-week hearing in the spring.",
        "section": "politics",
        "authors": ["maren-holloway"],
        "tags": ["housing", "town-council"],
        "dateline": "THORNBY",
        "days_ago": 12,
        "hours_ago": 7,
        "is_featured": False,
        "image": {
            "alt": "Rolling green fields divided by hedgerows on the lower slopes of the Marram Hills, with the rooftops of Thornby village in the distance.",
            "caption": "The fields north of Thornby where Greyfield Homes wants to build 140 houses.",
            "credit": "Photo: Amelia Tresize / The Harbour Courier",
            "colours": ((74, 110, 60), (196, 210, 168)),
        },
        "body": """<p>A developer’s plan to build 140 homes on farmland at the foot of the Marram Hills will be decided by a government-appointed planning inspector after the company appealed against the council’s refusal.</p>
<p>Greyfield Homes lodged the appeal this week, four months after Port Alder’s planning committee rejected the scheme on the grounds that it would harm the landscape and worsen drainage problems in Thornby village. A public inquiry is expected to open in the spring and last up to two weeks.</p>
<p>The proposal, on four fields north of the Thornby road, includes 42 homes described as affordable, a small play park and a new footpath linking the village to the bus stop on the main road. Greyfield says the district has failed to meet its housing targets for six consecutive years and that the council cannot lawfully refuse well-designed schemes on the edge of existing villages.</p>
<p>“We listened carefully to local concerns and changed the layout twice,” said Greyfield’s regional planning director, Simon Achebe. “Families in this area are crying out for homes they can afford. We are confident an inspector will see the strength of the case.”</p>
<p>Opponents, organised under the banner Save the Hill Fields, say the site floods every winter and that the village school, surgery and lanes cannot absorb several hundred extra residents. The group has raised more than £11,000 to pay for a planning barrister and an independent drainage expert.</p>
<p>“This is not people pulling up the drawbridge,” said the group’s secretary, Eleanor Whitlock, who has lived in Thornby for 30 years. “Most of us would welcome a dozen well-placed homes for local people. What we cannot accept is a field that floods being covered in tarmac.”</p>
<p>The council’s cabinet member for planning, Councillor Raj Menon, said the authority would defend its decision “robustly” but admitted that the lack of an up-to-date local plan weakened its position. If the appeal succeeds, the council could be ordered to pay part of the developer’s legal costs.</p>
<p>Residents who wish to submit written evidence to the inquiry have six weeks to do so. Details are available from the council’s planning office at the Guildhall.</p>""",
    },
    {
        "headline": "Seafront parking charges to rise despite traders’ petition",
        "slug": "seafront-parking-charges-rise-traders-petition",
        "dek": "Hourly rates on the Esplanade will go up by 40p, but evening parking will be free in the winter months under a late compromise.",
        "section": "politics",
        "authors": ["declan-fairweather"],
        "tags": ["transport", "town-council"],
        "dateline": "PORT ALDER",
        "days_ago": 45,
        "hours_ago": 11,
        "is_featured": False,
        "image": None,
        "body": """<p>Parking on Port Alder’s seafront will cost more from next month after councillors rejected a petition signed by almost every business on the Esplanade.</p>
<p>The council’s transport committee voted five to two to raise the hourly charge in the three seafront car parks from £1.60 to £2.00. The increase is expected to bring in about £95,000 a year, which the council says will go towards maintaining the promenade railings and resurfacing the Esplanade car park, parts of which have been closed since last winter.</p>
<p>The Esplanade Traders’ Group handed in a petition with 1,180 signatures, including those of 46 of the 49 businesses along the front. Its members argued that higher charges would drive visitors to out-of-town shops with free parking.</p>
<p>“People think a café on the seafront must be making a fortune,” said Bella Marchetti, who has run Marchetti’s Café on the corner of Pier Street for 22 years. “From October to March I am lucky to cover my costs. Forty pence an hour might not sound like much, but it is the difference between someone staying for lunch and someone grabbing a coffee and going.”</p>
<p>Under a compromise proposed by committee chair Councillor Samuel Oduya, the new tariff will include several concessions:</p>
<ul><li>free parking after 4pm from November to February;</li><li>a reduced £1 rate for the first hour in the Pier Street car park;</li><li>an annual resident permit held at its current price of £120.</li></ul>
<p>Mr Oduya said the council had “tried to meet the traders halfway” and pointed out that seafront charges would remain lower than in most comparable towns along the coast. “The promenade does not maintain itself,” he said. “Visitors who enjoy it should make a fair contribution.”</p>
<p>The two councillors who voted against, both from the Alder Independents, said the decision had been taken before a promised review of town-centre footfall was complete. The traders’ group said it would now ask the council to publish monthly car park income so that the effect of the rise could be judged.</p>
<p>The new charges take effect on the first day of next month.</p>""",
    },
    # ------------------------------------------------------------------
    # Business
    # ------------------------------------------------------------------
    {
        "headline": "Alder Bay Seafoods to create 60 jobs at new Saltgate processing plant",
        "slug": "alder-bay-seafoods-60-jobs-saltgate-plant",
        "dek": "The family-owned shellfish firm will move into the former creamery site on Mill Lane in a £6.5m expansion.",
        "section": "business",
        "authors": ["tomasz-wierzbicki"],
        "tags": ["jobs", "fishing"],
        "dateline": "SALTGATE",
        "days_ago": 1,
        "hours_ago": 5,
        "is_featured": False,
        "image": {
            "alt": "Workers in white overalls and hairnets sorting crabs on a stainless steel conveyor inside a processing hall.",
            "caption": "Staff at Alder Bay Seafoods’ existing unit on the quay, which the company says it has outgrown.",
            "credit": "Photo: Callum Brierley / The Harbour Courier",
            "colours": ((196, 92, 60), (232, 208, 180)),
        },
        "body": """<p>Alder Bay Seafoods is to create 60 jobs after confirming plans to build a £6.5 million shellfish processing plant on the site of the former Saltgate creamery.</p>
<p>The company, which has operated from a cramped unit on Port Alder quay since 1987, said the move would more than double its capacity for cooking, dressing and packing crab and lobster landed by local boats. Building work is due to start in the summer, with the plant opening about a year later.</p>
<p>Managing director Lorna Quaile, whose father founded the business, said the decision had been “years in the making”.</p>
<p>“We have been turning away fish because we simply do not have the space,” she said. “Every crab that leaves this coast alive on a lorry is value that could have stayed here, in wages and in skills. This plant means we can keep more of that at home.”</p>
<h2>What the jobs are</h2>
<p>The firm expects most of the new roles to be on the processing floor, with pay starting above the legal minimum. It will also recruit engineers, quality inspectors and drivers, and has promised to offer at least six apprenticeships a year in partnership with Alder Coast College.</p>
<p>The project is supported by a £1.2 million grant from the Westcoast Growth Fund, a regional investment programme, with the remainder funded by bank lending and the company’s own reserves.</p>
<p>Skippers welcomed the news. Kit Pascoe, who fishes two boats out of Saltgate, said local buyers had become scarce in recent years. “When the buyer is down the road you get a fairer price, and you get paid on time,” he said.</p>
<p>Not everyone is celebrating. Residents on Mill Lane have raised concerns about lorry movements past the primary school and about odours from the site. Ms Quaile said the company would route heavy vehicles away from the lane during school drop-off and pick-up times, and that the new plant would be fitted with modern filtration.</p>
<p>A planning application is expected to be submitted next month. The company will hold a drop-in session for neighbours at Saltgate community centre before then.</p>""",
    },
    {
        "headline": "Kestrel Point boatyard sold after seventy years in one family",
        "slug": "kestrel-point-boatyard-sold-after-seventy-years",
        "dek": "Jim Penhallow says the sale to Northwick Marine will secure the yard’s 14 jobs as he retires at 71.",
        "section": "business",
        "authors": ["declan-fairweather", "tomasz-wierzbicki"],
        "tags": ["harbour", "jobs"],
        "dateline": "KESTREL POINT",
        "days_ago": 9,
        "hours_ago": 16,
        "is_featured": False,
        "image": {
            "alt": "A wooden fishing boat propped on a cradle inside an open-fronted timber boat shed, with a man in overalls sanding its hull.",
            "caption": "Penhallow’s yard has built and repaired boats on the slipway at Kestrel Point since the early 1950s.",
            "credit": "Photo: Hollis Grange / The Harbour Courier",
            "colours": ((104, 76, 52), (210, 188, 150)),
        },
        "body": """<p>The boatyard at Kestrel Point that has built, mended and laid up vessels for three generations of local fishermen has been sold to a marine engineering company from further up the coast.</p>
<p>Penhallow &amp; Sons, founded in a single shed beside the slipway by Albert Penhallow shortly after the war, has been bought by Northwick Marine for an undisclosed sum. All 14 staff will keep their jobs, and the yard will continue to trade under the Penhallow name for at least five years.</p>
<p>Jim Penhallow, 71, who took over from his father in 1979, said he had spent two years looking for the right buyer after it became clear that none of his children wanted to run the business.</p>
<p>“My daughter is a doctor and my son lives in Canada. I am proud of both of them, and neither of them should be sanding hulls in February,” he said. “What mattered to me was that the lads here kept their jobs and that a skipper who needs a new keel band next winter can still get it done at Kestrel Point.”</p>
<p>Northwick Marine, which employs about 80 people at two sites, specialises in repowering older fishing and workboats with hybrid and electric propulsion. Its chief executive, Annelise Varga, said the Kestrel Point slipway, one of very few on the coast able to take boats up to 20 metres, was “exactly what we have been looking for”.</p>
<p>She said the company would invest in a new covered repair bay and expected to take on apprentices from the marine engineering course launching at Alder Coast College. “Jim’s team has skills that took decades to learn,” she said. “We want to add to them, not replace them.”</p>
<p>The sale has been welcomed by the Kestrel Point Fishermen’s Association. Its secretary, Colin Tregear, said there had been “real worry” that the site could be sold for housing. “Once a slipway goes, it never comes back,” he said.</p>
<p>Mr Penhallow said he planned to spend his retirement “on the water rather than under it”, and would continue to advise the new owners for the first year.</p>""",
    },
    {
        "headline": "Empty shops on Fore Street fall for the first time in five years",
        "slug": "fore-street-empty-shops-fall-first-time",
        "dek": "A survey by the town centre partnership found 17 per cent of units vacant, down from 21 per cent, but traders warn the recovery is fragile.",
        "section": "business",
        "authors": ["tomasz-wierzbicki"],
        "tags": ["jobs", "town-council"],
        "dateline": "PORT ALDER",
        "days_ago": 18,
        "hours_ago": 10,
        "is_featured": False,
        "image": None,
        "body": """<p>The number of empty shops in Port Alder town centre has fallen for the first time in five years, according to a survey that will be welcomed by traders who had grown used to seeing more whitewashed windows each spring.</p>
<p>The Port Alder Town Centre Partnership, which represents about 120 businesses, counted 23 vacant units on Fore Street, Market Place and the lower end of Church Hill, out of 135. That is a vacancy rate of 17 per cent, compared with 21 per cent at the same point last year.</p>
<p>Among the businesses to have opened in the past twelve months are:</p>
<ul><li>Driftwood, a bookshop and café in the former bank building on Market Place;</li><li>a repair workshop for bicycles, phones and small appliances run by two former college technicians;</li><li>a second branch of the Saltgate bakery Crust &amp; Crumb;</li><li>a refill shop selling cleaning products and dried goods by weight.</li></ul>
<p>The partnership’s manager, Hannah Lowther, said the pattern was encouraging because most new arrivals were independent businesses rather than short-term pop-ups. “These are people who have signed leases, fitted out properly and are planning to be here in three years’ time,” she said.</p>
<p>She credited a council scheme that offers new tenants a discount on business rates for their first year, as well as landlords who had agreed to cut rents on long-empty properties rather than leave them vacant.</p>
<p>Some traders are more cautious. Gareth Mould, who has run a hardware shop on Fore Street for 26 years, said the figures disguised a high turnover of businesses. “Half the units that are full now were empty last year, and some of the ones that were full last year are empty now,” he said. “It is churn, not growth. I’ll believe in the recovery when people are still here after the second winter.”</p>
<p>The survey also found that footfall on Saturdays was up 6 per cent on the previous year, but weekday footfall was flat. Ms Lowther said the partnership would use the findings to lobby for more frequent evening buses from Saltgate and the Marram Hills villages.</p>
<p>The full report is available from the partnership’s office above the tourist information centre.</p>""",
    },
    {
        "headline": "Alder Line cuts winter ferry sailings to the Fennick Isles",
        "slug": "alder-line-cuts-winter-ferry-sailings-fennick-isles",
        "dek": "Islanders say halving the timetable will make hospital appointments and school trips to the mainland a test of endurance.",
        "section": "business",
        "authors": ["declan-fairweather"],
        "tags": ["transport", "harbour"],
        "dateline": "PORT ALDER",
        "days_ago": 27,
        "hours_ago": 13,
        "is_featured": False,
        "image": None,
        "body": """<p>The ferry operator serving the Fennick Isles is to halve its winter timetable, leaving the islands’ 640 residents with two return crossings a day instead of four.</p>
<p>Alder Line Ferries said the change, which will run from November to March, was needed because one of its two vessels, the <em>Marram Star</em>, will be out of service for a long-delayed engine refit. The company also cited fuel costs, which it said had risen by more than a third in two years, and falling winter passenger numbers.</p>
<p>Under the new timetable, the first sailing from Fennick will leave at 7.15am and the last return from Port Alder at 4.30pm. Islanders say that makes a same-day trip to the district hospital in Saltgate almost impossible if an appointment runs late.</p>
<p>“You either leave at dawn and sit in a waiting room for six hours, or you book a room on the mainland you can’t afford,” said Morag Finlay, who chairs the Fennick Community Council. “For older people and for anyone with young children, this is not an inconvenience. It is isolation.”</p>
<p>Pupils at Port Alder Academy who live on the islands and board in town during the week will also find it harder to get home on Friday afternoons, parents say.</p>
<p>Alder Line’s operations director, Peter Koenig, said the company understood the concern and had “looked at every alternative”, including chartering a replacement boat. “There is no suitable vessel available on this coast for the winter,” he said. “We would rather run a reliable reduced timetable than a full one that we keep cancelling.”</p>
<p>He said the company would hold space on every sailing for islanders travelling to medical appointments, and that the full timetable would return in spring once the refit was complete.</p>
<p>The Fennick Community Council has written to the county council, which subsidises the route, asking it to require the operator to provide a third daily crossing on hospital clinic days. The county’s transport committee is due to discuss the service next month.</p>""",
    },
    {
        "headline": "Marram Hills creamery lands €1.1m cheese order from French buyer",
        "slug": "thornby-creamery-cheese-export-order-france",
        "dek": "The farmer-owned co-operative will ship its Marram Blue to delicatessens in Brittany in its biggest export deal to date.",
        "section": "business",
        "authors": ["tomasz-wierzbicki"],
        "tags": ["jobs"],
        "dateline": "THORNBY",
        "days_ago": 52,
        "hours_ago": 8,
        "is_featured": False,
        "image": {
            "alt": "Rows of round blue-veined cheeses maturing on wooden shelves in a cool, dimly lit store room.",
            "caption": "Marram Blue is matured for at least ten weeks in the creamery’s stores at Thornby.",
            "credit": "Photo: Sunniva Holt / The Harbour Courier",
            "colours": ((66, 88, 110), (226, 220, 196)),
        },
        "body": """<p>A farmer-owned creamery in the Marram Hills has signed a €1.1 million deal to supply cheese to delicatessens in north-west France, the largest export order in its 40-year history.</p>
<p>Thornby Creamery, a co-operative owned by 23 dairy farms, will ship around 90 tonnes of its Marram Blue cheese over the next two years to a distributor that supplies more than 200 specialist shops across Brittany and Normandy.</p>
<p>The creamery’s general manager, Fiona Rudd, said the deal came about after a buyer tasted the cheese at a trade fair last spring and “came back three times in the same afternoon”.</p>
<p>“The French know their blue cheese, so to be chosen by them is a huge compliment to our farmers,” she said. “Marram Blue tastes of the grass on these hills. You cannot make it anywhere else.”</p>
<p>The order will mean four new jobs at the creamery, which currently employs 31 people, and a likely increase in the price the co-operative pays its members for milk. Ms Rudd said the board would decide on the new milk price at its next meeting.</p>
<p>For the farmers who own the business, the deal offers some security after several difficult years. Dairy farmer Owen Castell, whose family has milked cows above Thornby for four generations, said the co-operative model had kept many small farms going when larger buyers would not collect their milk.</p>
<p>“When you own the creamery, you are not just selling milk, you are selling cheese,” he said. “That difference is what keeps the lights on at places like ours.”</p>
<p>The first consignment is due to leave the creamery within weeks, travelling by lorry and ferry. The creamery has also applied for protected regional status for Marram Blue, a process it expects to take at least two years.</p>""",
    },
    # ------------------------------------------------------------------
    # Environment
    # ------------------------------------------------------------------
    {
        "headline": "£8m Saltgate flood scheme approved after two winters of flooded homes",
        "slug": "saltgate-flood-scheme-approved",
        "dek": "A raised embankment, tidal gates and a new pumping station are intended to protect 310 homes along the Saltgate Brook.",
        "section": "environment",
        "authors": ["kwame-asante"],
        "tags": ["flooding"],
        "dateline": "SALTGATE",
        "days_ago": 2,
        "hours_ago": 15,
        "is_featured": False,
        "image": {
            "alt": "Sandbags stacked against the front doors of a row of terraced houses beside a swollen brook, with a high-water mark visible on the brickwork.",
            "caption": "Homes on Brook Street were among those flooded when the Saltgate Brook overtopped its banks two winters ago.",
            "credit": "Photo: Callum Brierley / The Harbour Courier",
            "colours": ((70, 84, 96), (150, 168, 170)),
        },
        "body": """<p>An £8 million scheme to protect more than 300 homes in Saltgate from flooding has been given the go-ahead, two years after the low-lying streets around the Saltgate Brook were inundated twice in a single winter.</p>
<p>The Coastal Resilience Board, the regional body responsible for flood defences, confirmed yesterday that it had approved full funding for the project. Construction is due to start next spring and take about two years.</p>
<p>The scheme has three main parts: a raised and strengthened embankment along the lower stretch of the brook, tidal gates where the brook meets the estuary to stop high tides pushing water back upstream, and a new pumping station to clear surface water from Brook Street and Ferry Lane when the gates are closed.</p>
<h2>Years of waiting</h2>
<p>Residents have campaigned for better defences since the floods, when water reached depths of more than a metre in some homes. At least 40 households were forced out for months, and several families have still not returned.</p>
<p>“I have sat in so many meetings where we were told a scheme was coming that I had stopped believing it,” said Ray Denholm, chair of the Saltgate Flood Action Group. “Today I believe it. But I will believe it properly when I see the diggers.”</p>
<p>The board’s area manager, Dr Imogen Ferris, said the design had been changed after consultation so that the embankment would include a public footpath and views across the estuary. “We were told very clearly that people did not want to live behind a grey wall,” she said. “The new design protects homes without cutting the village off from the water.”</p>
<h2>Rising seas</h2>
<p>Dr Ferris said the defences had been designed to cope with sea levels forecast for the end of the century, but she warned that no scheme could remove the risk entirely. Properties higher up the valley, where flooding comes from heavy rain running off the Marram Hills, are not covered and will be the subject of a separate study.</p>
<p>Part of the cost, about £900,000, will come from the town and county councils. Householders who flooded previously will be offered free flood doors and air-brick covers while work is under way.</p>""",
    },
    {
        "headline": "Record number of grey seal pups born at Kestrel Point",
        "slug": "record-grey-seal-pups-kestrel-point",
        "dek": "Wardens counted 214 pups on the beaches below the headland, but warn that drones and off-lead dogs are causing mothers to abandon young.",
        "section": "environment",
        "authors": ["kwame-asante"],
        "tags": ["wildlife"],
        "dateline": "KESTREL POINT",
        "days_ago": 8,
        "hours_ago": 12,
        "is_featured": False,
        "image": {
            "alt": "A white-coated grey seal pup lying on a shingle beach beside its mother, with waves breaking in the background.",
            "caption": "Grey seal pups keep their white coats for about three weeks before moulting.",
            "credit": "Photo: Rosa Lindqvist / The Harbour Courier",
            "colours": ((120, 128, 132), (220, 224, 220)),
        },
        "body": """<p>A record 214 grey seal pups were born on the beaches below Kestrel Point this season, according to wardens who have monitored the colony for more than 30 years.</p>
<p>The total, up from 187 last year and fewer than 60 when counting began, makes the headland one of the most important breeding sites for grey seals on this stretch of coast. Wardens believe the colony has benefited from quieter waters since a ban on net fishing close to the shore.</p>
<p>“When I started here you could count the pups on a good afternoon with a pair of binoculars and a flask of tea,” said senior warden Bryony Hale, who has led the count for 14 years. “Now it takes a team of volunteers and most of a fortnight. It is a genuine conservation success.”</p>
<p>But Ms Hale said the growing popularity of the headland among walkers and photographers had brought problems. This season volunteers recorded at least nine pups that appeared to have been abandoned after their mothers were frightened into the sea, several of them following incidents involving drones or dogs running loose on the beach.</p>
<p>A mother seal that is disturbed repeatedly may not return to feed her pup, which relies entirely on her milk for its first three weeks.</p>
<p>The wardens are asking visitors to follow a few simple rules:</p>
<ul><li>stay on the clifftop path and use the viewing platform above Gull Cove;</li><li>keep dogs on a lead anywhere on the headland between October and January;</li><li>do not fly drones over or near the beaches;</li><li>never approach a pup that appears to be alone; report it to the wardens instead.</li></ul>
<p>Anyone who sees a seal in distress is asked to call the reserve’s hotline, which is staffed by volunteers during daylight hours. More information is available on the <a href="https://example.org/kestrel-point-seals">Kestrel Point reserve website</a>.</p>
<p>Ms Hale said she hoped the record count would encourage people to see the seals as “neighbours, not a tourist attraction”. “They were here long before any of us,” she said. “All they need from us is a bit of distance.”</p>""",
    },
    {
        "headline": "Sea swimmers warned after sewage overflows hit Alder Bay 31 times",
        "slug": "sea-swimmers-warned-sewage-overflows-alder-bay",
        "dek": "Westmere Water says the discharges were storm overflows permitted during heavy rain. Swimmers say that is no comfort.",
        "section": "environment",
        "authors": ["kwame-asante"],
        "tags": ["wildlife", "flooding"],
        "dateline": "ALDER BAY",
        "days_ago": 15,
        "hours_ago": 6,
        "is_featured": False,
        "image": None,
        "body": """<p>Sewage was released into the sea off Alder Bay on 31 separate occasions over the past three months, according to figures published by the water company responsible for the area.</p>
<p>Westmere Water’s own monitoring data shows that storm overflows at the Bay Road pumping station and the outfall near the lifeboat station discharged for a combined total of more than 200 hours. Most of the releases followed heavy rain, when the company is allowed to release diluted sewage to stop it backing up into homes.</p>
<p>The figures have alarmed the town’s growing community of year-round sea swimmers. The Dawn Dippers, a group that meets at the slipway below the Esplanade every morning, has about 300 members, many of whom swim through the winter.</p>
<p>“We check the tide, we check the weather, and now we have to check an overflow map before we get in,” said the group’s organiser, Siobhan Garvey. “Several of our members have been ill after swimming this autumn. We can’t prove where it came from, but we are not prepared to keep guessing.”</p>
<p>A Westmere Water spokesperson said storm overflows were “a necessary part of a sewer network designed more than a century ago” and that the company planned to spend £14 million on storage tanks in the district over the next five years. “We understand the concern and we share the ambition to reduce overflows,” the spokesperson said.</p>
<p>Environmental scientist Dr Tariq Osei, who lectures at Alder Coast College, said the problem was likely to get worse as winters became wetter. <em>“The system was built for a different climate and a much smaller town,”</em> he said. “Storage tanks help, but the real solution is keeping rainwater out of the sewers in the first place, with green roofs, soakaways and better drainage on new estates.”</p>
<p>Alder Bay is officially tested for bathing water quality only between May and September. The Dawn Dippers have begun paying for their own samples to be tested during the winter and say they will publish the results.</p>
<p>Councillor Farida Malouf, who raised the issue at last week’s environment committee, said the council would ask Westmere Water to attend a public meeting in the new year.</p>""",
    },
    {
        "headline": "Volunteers plant 20,000 marram shoots to hold back shifting dunes",
        "slug": "volunteers-plant-marram-shoots-scarrow-sands",
        "dek": "More than 150 people turned out at Scarrow Sands over two weekends to repair dunes damaged by storms and trampling.",
        "section": "environment",
        "authors": ["kwame-asante"],
        "tags": ["wildlife", "flooding"],
        "dateline": "SCARROW SANDS",
        "days_ago": 33,
        "hours_ago": 17,
        "is_featured": False,
        "image": {
            "alt": "Volunteers in waterproof jackets kneeling on a sand dune, pushing clumps of marram grass into the sand in neat rows.",
            "caption": "Volunteers at Scarrow Sands planted shoots in rows about a hand’s width apart.",
            "credit": "Photo: Amelia Tresize / The Harbour Courier",
            "colours": ((200, 178, 130), (130, 160, 120)),
        },
        "body": """<p>More than 150 volunteers spent two wet weekends on their knees at Scarrow Sands, planting 20,000 shoots of marram grass to repair dunes that protect the coast road and a stretch of farmland from the sea.</p>
<p>The dunes, which run for about two kilometres north of Alder Bay, have been badly eroded by storms and by the thousands of visitors who cut across them to reach the beach each summer. In places, blowouts have opened gaps several metres wide.</p>
<p>Marram grass is the dune’s natural builder. Its long roots bind loose sand, and its stiff leaves slow the wind so that blown sand settles and gradually raises the dune.</p>
<p>“People think of dunes as scenery, but they are a living sea defence,” said Dr Elspeth Morrow, coastal officer for the Alder Bay Countryside Trust, which organised the planting. “Every shoot put in this weekend is a small piece of the coastline that will still be here in twenty years.”</p>
<p>The volunteers included schoolchildren from Thornby and Saltgate, members of the Port Alder Rotary Club and a group of asylum seekers staying at a hostel in town. For some it was their first visit to the beach.</p>
<p>“I come from a city far from the sea,” said one volunteer, Hamid, who asked that his surname not be published. “It is a good thing to plant something and know it will grow.”</p>
<p>The shoots were grown from cuttings taken from healthy dunes further along the coast. Post-and-rope fencing has been installed to steer walkers onto three boardwalks, and new signs explain why the dunes are being protected.</p>
<p>Dr Morrow said early signs from a smaller planting two years ago were encouraging, with one blowout already almost filled. The trust is hoping to repeat the exercise next winter and is looking for volunteers to help monitor how the new shoots establish over the summer.</p>""",
    },
    {
        "headline": "Storm Corran batters harbour front as waves breach north wall",
        "slug": "storm-corran-batters-harbour-front",
        "dek": "Nobody was hurt, but 1,200 homes lost power overnight and seawater flooded the fish market as gusts reached 84mph.",
        "section": "environment",
        "authors": ["declan-fairweather", "kwame-asante"],
        "tags": ["flooding", "harbour"],
        "dateline": "PORT ALDER",
        "days_ago": 58,
        "hours_ago": 4,
        "is_featured": False,
        "image": {
            "alt": "A huge wave breaking over the harbour wall at night, lit by street lamps, with spray drifting across the empty quayside road.",
            "caption": "Waves overtop the north wall at high tide as Storm Corran reaches its peak shortly after midnight.",
            "credit": "Photo: Hollis Grange / The Harbour Courier",
            "colours": ((20, 30, 52), (88, 120, 150)),
        },
        "body": """<p>Storm Corran swept through Port Alder overnight, sending waves crashing over the harbour’s north wall, flooding the fish market and cutting power to around 1,200 homes.</p>
<p>Gusts of 84mph were recorded at the Kestrel Point weather station shortly after midnight, coinciding with a spring high tide. Emergency services said no one had been seriously injured, though a man in his sixties was treated for cuts after a window was blown in at a house on Harbour Row.</p>
<p>The harbour master, Captain Nessa Okonedo, said seawater had poured over the north wall for almost an hour, carrying stones and seaweed onto the quay. A section of coping stones about ten metres long was dislodged, and the fish market was under half a metre of water at the height of the storm.</p>
<p>“We have seen the wall overtopped before, but not like this,” she said. “This morning’s inspection will tell us whether there is structural damage below the waterline. Until then, the outer berths are closed.”</p>
<p>Fishing boats had been moved into the inner basin on the afternoon before the storm, and crews spent much of the night checking moorings. Two small pleasure craft broke free and were found wrecked on the beach below the Esplanade.</p>
<p>The Port Alder lifeboat was launched once, at about 2am, to reports of lights in the water off Saltgate, but the search was stood down after the lights were identified as debris from a marker buoy.</p>
<p>By mid-morning engineers had restored power to most homes, though about 200 properties in the Marram Hills villages were expected to remain without electricity until the evening. Several roads, including the coast road north of Scarrow Sands, were closed by fallen trees.</p>
<p>The town council’s leader, Councillor Alan Pryor, said the storm showed that repairs to the north wall could not wait. “We have been warned for years,” he said. “Last night was the warning made real.”</p>
<p>Residents with storm damage are advised to photograph it before starting repairs and to contact their insurer. The council has opened a helpline for people needing emergency help.</p>""",
    },
    # ------------------------------------------------------------------
    # Education
    # ------------------------------------------------------------------
    {
        "headline": "Port Alder Academy rated ‘good’ four years after damning inspection",
        "slug": "port-alder-academy-rated-good",
        "dek": "Inspectors praised behaviour, teaching and leadership at the town’s only secondary school, but say attendance must still improve.",
        "section": "education",
        "authors": ["zoe-pennick"],
        "tags": ["schools"],
        "dateline": "PORT ALDER",
        "days_ago": 1,
        "hours_ago": 19,
        "is_featured": False,
        "image": {
            "alt": "Secondary school pupils in navy blazers walking across a paved courtyard towards a modern two-storey school building.",
            "caption": "Port Alder Academy has around 1,050 pupils aged 11 to 18.",
            "credit": "Photo: Sunniva Holt / The Harbour Courier",
            "colours": ((40, 60, 110), (180, 196, 220)),
        },
        "body": """<p>Port Alder Academy has been rated “good” by the schools inspectorate, four years after it was placed in special measures following a report that described lessons as chaotic and leadership as “ineffective at every level”.</p>
<p>The report, published this morning, judges the school good in all areas, including the quality of teaching, pupils’ behaviour and attitudes, and leadership. Inspectors found that pupils “feel safe, are proud of their school and are increasingly ambitious for their futures”.</p>
<p>Headteacher Ruth Achterberg, who joined the school shortly after the previous inspection, said the result belonged to the staff and pupils. “When I arrived, people were apologising to me for taking the job,” she said. “Nobody apologises now. This is a school that young people in Port Alder can be proud of, and they deserve nothing less.”</p>
<h2>What changed</h2>
<p>The report highlights a new approach to behaviour introduced three years ago, with clear routines in every classroom and a dedicated centre for pupils who need extra support rather than exclusion. Inspectors also praised a reading programme for younger pupils who arrive at the school with a reading age well below their actual age.</p>
<p>Exam results have improved steadily. Last summer, 64 per cent of pupils achieved a standard pass in both English and maths, up from 41 per cent four years ago.</p>
<p>Parents at the school gates yesterday were quick to notice the difference. “My eldest came here when it was at its worst and he spent half his time in corridors,” said Donna Kerslake, whose younger daughter is in Year 9. “She actually talks about her lessons at tea time. That never happened with him.”</p>
<h2>Work still to do</h2>
<p>Inspectors said attendance remained too low, particularly among pupils from the Fennick Isles and outlying villages, where long journeys and unreliable transport make it harder to get to school. They also asked the school to improve careers advice for sixth-formers.</p>
<p>Ms Achterberg said the school had already appointed an attendance officer and was working with the county council on transport. “Good is not the finish line,” she said. “It is the point at which we stop fixing and start building.”</p>""",
    },
    {
        "headline": "Saltgate Primary faces closure consultation as pupil numbers fall",
        "slug": "saltgate-primary-closure-consultation",
        "dek": "The county council says the 48-pupil school is no longer viable. Parents say losing it would empty the village of young families.",
        "section": "education",
        "authors": ["zoe-pennick"],
        "tags": ["schools", "housing"],
        "dateline": "SALTGATE",
        "days_ago": 10,
        "hours_ago": 8,
        "is_featured": False,
        "image": None,
        "body": """<p>Parents in Saltgate have vowed to fight plans that could see the village’s primary school close within two years, after the county council announced a formal consultation on its future.</p>
<p>Saltgate Primary, a Victorian stone building on Church Lane, has 48 pupils but space for 120. The council says falling birth rates and a lack of affordable housing for young families mean numbers are forecast to drop below 40 within three years.</p>
<p>Under the proposal, pupils would transfer to Harbour Street Primary in Port Alder, about three miles away, which has spare places after its own rolls fell. The council would provide free transport.</p>
<p>The county’s cabinet member for education, Councillor Beatrice Alonso, said no decision had been made. “Nobody comes into this job wanting to close a village school,” she said. “But every pound spent heating half-empty classrooms is a pound not spent on teaching. We owe it to the children to look at this honestly.”</p>
<p>The council says each pupil at Saltgate currently costs about £2,400 a year more to educate than the county average, and that the building needs roof repairs estimated at £310,000.</p>
<p>Parents argue that the figures miss the point. Jodie Farrant, who has two children at the school and helps run its parent association, said the school was the heart of village life. “It is where the toddler group meets, where the harvest supper happens, where the older residents come to hear the nativity,” she said. “Close it and you tell every young family thinking of moving here not to bother.”</p>
<p>She pointed to the planned flood scheme and the new Alder Bay Seafoods plant on Mill Lane as reasons why the village could grow again. “The council is planning for decline just as jobs and protection are finally arriving,” she said.</p>
<p>The school’s headteacher, Martin Ilori, said staff would continue to focus on the children. Last year the school was rated good by inspectors, who singled out its outdoor learning on the estuary.</p>
<p>The consultation runs for eight weeks. Public meetings will be held at the school and at the Saltgate Methodist Hall, and responses can be made online or in writing to the county education office.</p>""",
    },
    {
        "headline": "College launches marine engineering course to plug boatyard skills gap",
        "slug": "alder-coast-college-marine-engineering-course",
        "dek": "Alder Coast College will offer 24 places from September, with students spending two days a week at yards along the coast.",
        "section": "education",
        "authors": ["zoe-pennick", "tomasz-wierzbicki"],
        "tags": ["schools", "jobs", "harbour"],
        "dateline": "PORT ALDER",
        "days_ago": 20,
        "hours_ago": 11,
        "is_featured": False,
        "image": None,
        "body": """<p>Alder Coast College is to launch a two-year marine engineering course after local employers warned that a generation of skilled boatbuilders and mechanics was heading for retirement with nobody to replace them.</p>
<p>The course, which will take its first 24 students in September, has been designed with five employers including the Kestrel Point boatyard, Alder Bay Seafoods and the harbour authority. Students will spend three days a week at the college and two on placement, and those who complete it will be guaranteed an interview for an apprenticeship.</p>
<p>The college principal, Dr Alasdair Nkemelu, said the region had been losing young people to cities for too long. “We have a coastline full of boats, engines and people who need them fixed, and we have young people who want to stay here and build a life,” he said. “This course connects those two things.”</p>
<h3>What students will learn</h3>
<p>The programme covers:</p>
<ol><li>diesel engine maintenance and fault-finding;</li><li>marine electrical systems, including hybrid and battery propulsion;</li><li>hull repair in wood, steel and glass-reinforced plastic;</li><li>sea survival and safety at work on the quayside.</li></ol>
<p>Annelise Varga, chief executive of Northwick Marine, which recently bought the Penhallow boatyard at Kestrel Point, said the industry was changing fast. “Ten years from now, a lot of the fishing fleet will be running on electric or hybrid systems,” she said. “We need people who understand both the old engines and the new ones, and right now they are very hard to find.”</p>
<p>The college has spent £380,000 converting a former warehouse on the industrial estate into a workshop, with a small slipway and a training engine donated by a retired skipper.</p>
<p>Applications have already opened. Among the first to apply was 16-year-old Kai Marsden from Saltgate, whose grandfather fished out of the village for forty years. “I’ve been taking engines apart in the shed since I was twelve,” he said. “I never thought there would be a proper course for it round here.”</p>
<p>The course is open to school leavers and to adults looking to retrain. Financial help with travel is available for students from the Marram Hills and the Fennick Isles.</p>""",
    },
    {
        "headline": "Marram Hills pupils face 90-minute school run after bus route axed",
        "slug": "marram-hills-pupils-bus-route-axed",
        "dek": "Families in Thornby and Upper Hollin say the replacement service adds an hour to the school day for children as young as eleven.",
        "section": "education",
        "authors": ["zoe-pennick"],
        "tags": ["transport", "schools"],
        "dateline": "THORNBY",
        "days_ago": 4,
        "hours_ago": 18,
        "is_featured": False,
        "image": None,
        "body": """<p>Secondary school pupils in the Marram Hills are facing journeys of up to 90 minutes each way after the county council withdrew a direct bus to Port Alder Academy.</p>
<p>The 47 service, which collected around 60 children from Thornby, Upper Hollin and surrounding farms, was scrapped at the end of last term when the operator’s contract expired. The council has replaced it with a longer route that stops in four other villages and connects with a town bus in Saltgate.</p>
<p>Parents say the new arrangement means children must be at the bus stop before 7am and do not get home until almost 5pm. For some, the journey involves a 20-minute walk along an unlit lane to reach the nearest stop.</p>
<p>“My son is eleven. He leaves in the dark and comes home in the dark,” said Abigail Tennant of Upper Hollin. “By the time he has had his tea and done his homework, he is asleep on his feet. It is not fair on him, and it is not what we were promised.”</p>
<p>The council says the old contract had become unaffordable after the operator asked for a 60 per cent increase. A spokesperson said the new route “meets the council’s legal duties on school transport”, which require journeys for secondary pupils to be reasonable, and that officers would review timings after the first half-term.</p>
<p>Port Alder Academy’s headteacher, Ruth Achterberg, said the school was worried about the effect on attendance and punctuality. Inspectors recently identified attendance among pupils from outlying villages as the school’s main weakness.</p>
<p>“We can open the library early and keep it open late so that children are not standing outside,” she said. “What we cannot do is shorten the road.”</p>
<p>A group of parents has set up a petition calling for the 47 to be reinstated, and some are exploring whether families could jointly hire a minibus. The council’s transport committee will consider the petition at its next meeting.</p>
<p>Councillor Raj Menon, who represents the Marram Hills division, said he had asked officers to cost a direct service running on school days only. “A ninety-minute journey is not acceptable for an eleven-year-old,” he said.</p>""",
    },
    {
        "headline": "Breakfast clubs to open in every Port Alder primary school",
        "slug": "breakfast-clubs-every-port-alder-primary",
        "dek": "A £140,000 partnership between the council and a local charity means every child will be able to get a free breakfast before lessons.",
        "section": "education",
        "authors": ["zoe-pennick"],
        "tags": ["schools", "town-council"],
        "dateline": "PORT ALDER",
        "days_ago": 40,
        "hours_ago": 9,
        "is_featured": False,
        "image": None,
        "body": """<p>Every primary school in Port Alder will run a free breakfast club from next term, under a scheme that teachers say will make a visible difference to how children learn.</p>
<p>The £140,000 programme is jointly funded by the town council and the Harbourmasters’ Trust, a charity established in the nineteenth century to support the families of seafarers, which now funds a range of community projects. It will cover six primary schools and around 1,400 pupils.</p>
<p>Clubs will open at 8am, offering cereal, toast, fruit and, on two days a week, a hot option such as porridge or beans. Any child may attend, regardless of family income.</p>
<p>Teachers have reported a rise in the number of children arriving at school hungry. A survey of staff by the local branch of a teaching union found that nine in ten had seen pupils who had not eaten since the previous day’s school lunch.</p>
<p>“You cannot teach fractions to a child whose stomach is rumbling,” said Chloé Baptiste, headteacher of Harbour Street Primary, which has run a small breakfast club funded by donations for three years. “We noticed the difference immediately. Fewer children in the office with headaches, fewer tears before ten o’clock, better concentration all morning.”</p>
<p>Nearly one pupil in four across the town is eligible for free school meals, but head teachers say many more families are struggling. <strong>Making the clubs open to all</strong> was a deliberate decision, according to the trust’s chair, Reverend Alun Gethin.</p>
<p>“If you put a means test on a bowl of cornflakes, the children who need it most are the ones who stay away,” he said. “When everyone comes, nobody is singled out.”</p>
<p>The schools will recruit breakfast club assistants for an hour each morning, and the trust is appealing for volunteers. Food will be supplied by a wholesaler in Saltgate, with fruit from farms in the Marram Hills where possible.</p>
<p>The council has committed to funding its share for three years. Councillor Helen Brathwaite, who chairs the finance committee, said she hoped the scheme would become permanent. “Of all the things we spend money on, this may be the one with the quickest return,” she said.</p>""",
    },
    # ------------------------------------------------------------------
    # Sport
    # ------------------------------------------------------------------
    {
        "headline": "Late Okoro header settles derby as Town edge Saltgate Rovers",
        "slug": "town-edge-saltgate-rovers-derby",
        "dek": "A crowd of 1,412 at the Quayside Ground saw Port Alder Town come from behind to win 2–1 and move up to fourth.",
        "section": "sport",
        "authors": ["rhys-abernethy"],
        "tags": ["football"],
        "dateline": "PORT ALDER",
        "days_ago": 2,
        "hours_ago": 21,
        "is_featured": False,
        "image": {
            "alt": "A footballer in a blue and white shirt rising above two defenders in red to head the ball towards goal in front of a packed terrace.",
            "caption": "Daniel Okoro climbs highest to score Town’s winner in the 88th minute.",
            "credit": "Photo: Callum Brierley / The Harbour Courier",
            "colours": ((30, 70, 150), (200, 60, 50)),
        },
        "body": """<p><strong>Port Alder Town 2 Saltgate Rovers 1</strong></p>
<p>Daniel Okoro rose above the Saltgate defence two minutes from time to win a bruising, breathless derby for Port Alder Town and lift them into the play-off places.</p>
<p>The centre-back’s header, from a Lewis Hartigan corner that swung viciously towards the near post, sent most of the 1,412 crowd at the Quayside Ground into delirium and left the visitors’ travelling support in stunned silence behind the far goal. It was the biggest attendance at the ground for six years.</p>
<p>Rovers, bottom of the table at the start of the month but unbeaten in four since, had deserved their lead. Jake Summerhayes pounced on a loose ball after Town goalkeeper Mateusz Nowak could only parry a long-range shot, and for most of the first half Saltgate’s midfield pressed Town into hurried mistakes.</p>
<h2>Change of shape</h2>
<p>Town manager Gemma Stroud switched to a back three at half-time and sent on winger Ellis Fogarty, and the game turned. Fogarty’s pace stretched the Rovers defence, and it was his low cross on 63 minutes that Hartigan swept in at the far post for the equaliser. Both sides hit the woodwork before the winner, and Rovers finished with ten men after captain Conor Hext received a second yellow card for a late challenge on Fogarty.</p>
<p>“Derbies are never pretty, and that one was about as ugly as they come for forty-five minutes,” said Stroud. “But the lads showed real character. We changed something, they trusted it, and Dan has been threatening one of those all season.”</p>
<p>Rovers boss Terry Vosper was unhappy with the sending-off but refused to blame the referee. “We were the better side for an hour and we have gone home with nothing,” he said. “That hurts more than any decision.”</p>
<p>Town travel to Hollin Vale on Saturday, while Rovers host league leaders Northwick Athletic.</p>
<p><em>Port Alder Town:</em> Nowak; Penrose, Okoro, Blackwell, Adeyinka; Hartigan, Cole, Marsh; Quint, Barraclough, Lister. Subs used: Fogarty, Yardley.</p>""",
    },
    {
        "headline": "Alder Bay Regatta draws record entries for its 150th year",
        "slug": "alder-bay-regatta-record-entries-150th",
        "dek": "More than 300 boats will race across nine days, with a new class for home-built craft and a parade of heritage sailing vessels.",
        "section": "sport",
        "authors": ["rhys-abernethy"],
        "tags": ["sailing", "festival"],
        "dateline": "ALDER BAY",
        "days_ago": 5,
        "hours_ago": 3,
        "is_featured": False,
        "image": None,
        "body": """<p>The Alder Bay Regatta has attracted a record 312 entries for its 150th anniversary, with crews coming from as far as Norway and the Netherlands to race on the bay this summer.</p>
<p>The nine-day event, first held in the year the railway reached Port Alder, is one of the oldest regattas on the coast. Organisers say entries are up by almost a third on last year, helped by an anniversary programme that includes several new races.</p>
<p>Among the highlights this year:</p>
<ul><li>a <strong>home-built class</strong> for boats constructed by their owners, which has already attracted 19 entries;</li><li>a parade of heritage vessels, including two restored Saltgate oyster smacks more than a century old;</li><li>junior races for sailors under 16, sponsored by the harbour authority;</li><li>a round-the-Fennick-Isles race of about 40 nautical miles for larger yachts.</li></ul>
<p>The regatta’s commodore, Isobel Tremayne, said the response had exceeded expectations. “When we started planning the anniversary, we hoped for a good turnout,” she said. “We did not expect to be finding extra moorings for boats from the other side of the North Sea.”</p>
<p>She said the committee had worked hard to make sure the event remained open to local sailors. “The regatta was started by fishermen racing their working boats on a Saturday afternoon,” she said. “Whatever else we add, that has to be at its heart.”</p>
<p>The anniversary has also prompted the Alder Bay Sailing Club to launch a fundraising appeal to replace its ageing safety boats. The club has raised £18,000 of its £45,000 target.</p>
<p>Road closures will be in place on the Esplanade on the opening and closing days, and the council has agreed to run additional park-and-ride buses from the Saltgate road. The full programme and entry list will be published in the Courier in a special supplement.</p>""",
    },
    {
        "headline": "Port Alder Town Women clinch promotion with three games to spare",
        "slug": "port-alder-town-women-clinch-promotion",
        "dek": "A 4–0 win at Kestrel Rangers sealed the title for a side that did not exist five years ago.",
        "section": "sport",
        "authors": ["rhys-abernethy"],
        "tags": ["football"],
        "dateline": "KESTREL POINT",
        "days_ago": 13,
        "hours_ago": 20,
        "is_featured": False,
        "image": None,
        "body": """<p>Port Alder Town Women sealed promotion and the league title with three matches still to play after a dominant 4–0 victory away at Kestrel Rangers on Sunday afternoon.</p>
<p>Captain Keisha Danvers scored twice, taking her tally for the season to 27, and 17-year-old Maisie Tull added a third before substitute Anja Halvorsen completed the scoring in stoppage time. The result leaves Town twelve points clear at the top of the division with nine points left to play for.</p>
<p>The title caps a remarkable rise for a team formed five years ago when a group of mothers watching their daughters train asked whether there was a side they could join themselves. Several of those founder members are still in the squad.</p>
<p>“There were eleven of us and one of us had never kicked a ball,” said Danvers, a nurse at the district hospital. “We lost our first game 9–0 and went to the pub afterwards laughing about it. Now look at us. I’m so proud of every single person in that dressing room.”</p>
<p>Manager Owen Caddick, who took charge two seasons ago after coaching the club’s youth teams, said the growth of girls’ football in the town had transformed the squad. “We have girls coming through who have been properly coached since they were seven,” he said. “Mix that with the experience and the attitude of the players who built this club and you get something special.”</p>
<p>Promotion brings a step up in travel and costs. The club will play in a regional league next season, with away trips of up to three hours. Club secretary Linda Ashworth said the women’s team would need to raise about £8,000 to cover transport and league fees, and appealed to local businesses for support.</p>
<p>Town’s final home game of the season, against Hollin Vale, will be played at the Quayside Ground rather than the training pitch, with the trophy presented afterwards. Entry is free.</p>""",
    },
    {
        "headline": "Kestrel Point gig crew rows to county title in final-stroke finish",
        "slug": "kestrel-point-gig-crew-county-title",
        "dek": "The six-oared Curlew beat the defending champions by less than a second after a two-mile race in a rising swell.",
        "section": "sport",
        "authors": ["rhys-abernethy"],
        "tags": ["sailing"],
        "dateline": "KESTREL POINT",
        "days_ago": 24,
        "hours_ago": 15,
        "is_featured": False,
        "image": {
            "alt": "Six rowers in matching green tops pulling hard on long oars in a narrow wooden boat, with a cox at the stern and spray flying from the bow.",
            "caption": "The Kestrel Point crew drive the Curlew through the final hundred metres off Gull Cove.",
            "credit": "Photo: Rosa Lindqvist / The Harbour Courier",
            "colours": ((30, 96, 80), (190, 216, 214)),
        },
        "body": """<p>Kestrel Point Gig Club won the county championship for the first time in its history on Saturday, edging past the defending champions in the last strokes of a gruelling two-mile race.</p>
<p>The club’s women’s crew, rowing the wooden gig <em>Curlew</em>, crossed the line off Gull Cove just 0.8 seconds ahead of the Northwick crew, who had led for most of the course. Twenty-two boats took part in the final, held in a rising south-westerly swell that made the turn at the outer buoy treacherous.</p>
<p>Cox Marta Kowalczyk, who moved to Kestrel Point from Gdańsk eight years ago and took up gig rowing after answering a notice in the village shop, said she had been confident they could close the gap once they rounded the last mark.</p>
<p>“At the buoy we were three lengths down and I could see they were tired,” she said. “I told the girls, ‘Twenty strokes, everything you have got, then twenty more.’ They gave me forty-five. I have never heard a crew breathe like that.”</p>
<p>Pilot gigs were once used to carry harbour pilots out to approaching ships, and the design of today’s racing boats is still based on nineteenth-century working vessels. The <em>Curlew</em> was built in the club’s shed over three winters by volunteers, using elm planks and a keel of oak from a fallen tree in the Marram Hills.</p>
<p>The club, founded twelve years ago, now has more than 90 members, from teenagers to a 74-year-old retired lighthouse keeper who rows in the veterans’ crew. Training takes place three evenings a week from the slipway beside the Penhallow boatyard.</p>
<p>Club chair Gethin Rowe said the win was “the best day in the club’s history by a distance”. The crew will now represent the county at the national championships in the spring, and the club has started fundraising for travel costs.</p>
<p>Anyone interested in trying gig rowing can attend a free taster session at the slipway on Sunday mornings. No experience is necessary, but participants should be able to swim.</p>""",
    },
    {
        "headline": "Quayside Ground floodlight bid backed with £180,000 grant",
        "slug": "quayside-ground-floodlights-grant",
        "dek": "The money would let Port Alder Town play evening fixtures at home for the first time, but some neighbours fear light and noise.",
        "section": "sport",
        "authors": ["rhys-abernethy", "maren-holloway"],
        "tags": ["football", "town-council"],
        "dateline": "PORT ALDER",
        "days_ago": 47,
        "hours_ago": 12,
        "is_featured": False,
        "image": None,
        "body": """<p>Port Alder Town’s long campaign for floodlights at the Quayside Ground has moved a step closer after the town council agreed to contribute £180,000 towards the cost.</p>
<p>The club has been unable to host evening matches since its old lights were condemned as unsafe more than a decade ago. Midweek fixtures are either played on Saturday afternoons, causing congestion in the fixture list, or moved to a hired ground inland, which the club says costs it about £15,000 a season in lost gate and bar income.</p>
<p>The full project, which includes six new LED light towers, is expected to cost £310,000. The club hopes to raise the rest from a national football facilities fund and its own supporters, who have already pledged more than £22,000.</p>
<p>Club chairman Frank Delahunt said the floodlights would “change everything” for the club and for community sport in the town. “We will be able to let youth teams, the women’s side and local five-a-side leagues use the pitch in the winter evenings,” he said. “At the moment it sits dark and empty from October onwards.”</p>
<p>The grant was approved by the council’s community committee by six votes to one. Councillor Grace Holroyd, whose ward includes the streets around the ground, voted against, citing concerns from residents about light spilling into bedrooms and the noise of crowds late in the evening.</p>
<p>“I am not against the club. I have been going there since I was a girl,” she said. “But people on Tide Street and Anchor Lane deserve guarantees, not promises, before this goes ahead.”</p>
<p>The club says modern LED lamps are much more tightly directed than older systems and has offered to switch them off within 30 minutes of the final whistle. A planning application will be required, giving residents a formal opportunity to comment.</p>
<p>Mr Delahunt said he hoped the lights could be in place for the start of next season. “First game under the lights at the Quayside,” he said. “I’ve been dreaming about that for years.”</p>""",
    },
    # ------------------------------------------------------------------
    # Culture
    # ------------------------------------------------------------------
    {
        "headline": "Harbour Lights festival returns with lantern parade and new quayside stage",
        "slug": "harbour-lights-festival-lantern-parade-line-up",
        "dek": "Organisers say this year’s four-day programme is the most ambitious yet, with most events free and a focus on local performers.",
        "section": "culture",
        "authors": ["priya-raman"],
        "tags": ["festival", "arts", "harbour"],
        "dateline": "PORT ALDER",
        "days_ago": 0,
        "hours_ago": 6,
        "is_featured": False,
        "image": {
            "alt": "Hundreds of handmade paper lanterns shaped like fish and boats glowing orange and yellow as a procession winds along the harbour front at dusk.",
            "caption": "Last year’s lantern parade drew an estimated 8,000 people to the harbour front.",
            "credit": "Photo: Sunniva Holt / The Harbour Courier",
            "colours": ((28, 34, 78), (236, 150, 60)),
        },
        "body": """<p>The Harbour Lights festival will return to Port Alder next month with a new open-air stage on the quay, an expanded lantern parade and more than 60 events, most of them free.</p>
<p>Now in its ninth year, the festival began as a single evening of lanterns organised by a group of parents at Harbour Street Primary. It has grown into a four-day celebration that last year drew visitors from across the region and, according to the town centre partnership, brought around £400,000 into local businesses.</p>
<h2>What’s on</h2>
<p>The centrepiece remains the lantern parade on the Saturday evening, which this year will follow a longer route from the Guildhall along Fore Street and around the inner basin. Lantern-making workshops will run in schools, community centres and the library in the three weeks beforehand.</p>
<p>Other highlights include:</p>
<ul><li>a new quayside stage featuring folk, brass and choir performances, including the Saltgate Silver Band and the Fennick Isles Fiddlers;</li><li>an evening of sea shanties and stories in the fish market, with tickets priced at £5;</li><li>a “light trail” of illuminated artworks along the harbour wall by students from Alder Coast College;</li><li>a late-night outdoor screening of a silent film about the town’s fishing fleet, with live piano accompaniment.</li></ul>
<p>Festival director Yusuf Demir said the team had made a deliberate decision to give more space to local performers. “We could have booked a big name and charged thirty pounds a ticket,” he said. “But that is not what Harbour Lights is for. It is for the kid who made a lantern at school and wants to show their nan.”</p>
<p>The quayside stage has been made possible by a £25,000 grant from the regional arts fund and sponsorship from a number of businesses on the harbour.</p>
<p>Organisers have warned that parts of the harbour front will be closed to traffic from Friday afternoon until Sunday evening and are encouraging visitors to use the park-and-ride. Full listings are available at <a href="https://example.org/harbour-lights">the festival’s website</a> and will be printed in next week’s Courier.</p>""",
    },
    {
        "headline": "Old Customs House reopens as gallery after £1.9m restoration",
        "slug": "old-customs-house-reopens-gallery",
        "dek": "The Georgian building on the quay, empty for almost twenty years, opens with a retrospective of the harbour painter Edith Marrack.",
        "section": "culture",
        "authors": ["priya-raman"],
        "tags": ["arts", "harbour"],
        "dateline": "PORT ALDER",
        "days_ago": 7,
        "hours_ago": 10,
        "is_featured": False,
        "image": {
            "alt": "The restored front of a three-storey Georgian stone building with tall sash windows and a newly painted blue door, facing the harbour.",
            "caption": "The Old Customs House was built in 1781 to collect duties on goods landed at the quay.",
            "credit": "Photo: Amelia Tresize / The Harbour Courier",
            "colours": ((180, 170, 150), (70, 110, 150)),
        },
        "body": """<p>Port Alder’s Old Customs House, one of the finest Georgian buildings on the coast and a familiar eyesore on the quay for nearly two decades, has reopened as a public gallery after a £1.9 million restoration.</p>
<p>The three-storey building, where officers once weighed and taxed cargoes of tea, brandy and timber, had been empty since the harbour authority moved to new offices. Its roof had partly collapsed, and pigeons had taken over the upper floors.</p>
<p>The restoration, led by the Port Alder Heritage Trust, has repaired the stonework, replaced the roof using slate from the original quarry, and converted the interior into four galleries, a learning room and a small café overlooking the water.</p>
<p>“For twenty years people walked past this building and asked why nobody did anything,” said the trust’s chair, Dr Rosalind Achebe. “Now they can walk in. That feels like the right ending to the story.”</p>
<h2>A painter of the harbour</h2>
<p>The opening exhibition is a retrospective of Edith Marrack, who painted the harbour and its people for more than half a century until her death in 1979. Marrack, the daughter of a Saltgate pilot, was largely self-taught and sold most of her work cheaply to locals and visitors, meaning much of it is still in private homes across the district.</p>
<p>Curator Léa Fontaine spent eighteen months tracking down works, knocking on doors and appealing through the Courier. The exhibition brings together 74 paintings and drawings, around half of which have never been shown in public.</p>
<p>“People would bring a painting in wrapped in a tea towel and say, ‘It has hung above my gran’s fireplace for sixty years,’” she said. “Every one of them came with a story. Some of those stories are on the gallery walls alongside the paintings.”</p>
<p>Among the highlights is <em>Herring Girls, Winter Morning</em>, a large canvas showing women gutting fish on the quay, which was lent by a family in Kestrel Point and has been cleaned for the first time.</p>
<p>Admission to the gallery is free. It is open from Wednesday to Sunday, with late opening until 8pm on Fridays.</p>""",
    },
    {
        "headline": "Review: ‘The Drowned Bell’ rings true at the Alder Playhouse",
        "slug": "review-the-drowned-bell-alder-playhouse",
        "dek": "A new play about a lost village beneath Alder Bay is uneven in places but haunting when it counts.",
        "section": "culture",
        "authors": ["priya-raman"],
        "tags": ["arts"],
        "dateline": "",
        "days_ago": 11,
        "hours_ago": 22,
        "is_featured": False,
        "image": None,
        "body": """<p><strong>★★★★☆</strong> <em>The Drowned Bell</em>, Alder Playhouse, until the end of the month</p>
<p>Every child in Port Alder has heard the story: that somewhere beneath Alder Bay lies a village swallowed by the sea, and that on still nights you can hear its church bell ringing under the water. Playwright Róisín Ní Bhriain (a Fennick Isles native who has spent the last decade writing for radio) takes that legend and turns it into something stranger and sadder than a ghost story.</p>
<p>The play follows Nell, a marine surveyor played with wiry, watchful intelligence by Adaeze Nwankwo, who returns to her childhood home to map the seabed ahead of a proposed wind farm. Her sonar finds something it should not: the outline of streets and a tower. What follows is less a mystery than a reckoning, as Nell confronts her mother, her own memories and the question of what a community owes to the places it has lost.</p>
<p>Director Hannah Szabo stages it with remarkable economy. The set is little more than a sloping wooden platform and a wall of hanging ropes, but lighting designer Tom Ashgrove fills the space with a shifting, greenish gloom that makes the whole auditorium feel submerged. When the bell finally sounds, low and distant from somewhere beneath the seats, the audience on opening night audibly held its breath.</p>
<p>Not everything works. A subplot about the wind farm company is thinly written and its representative, a smooth-talking consultant, is more cartoon than character. The second act also sags badly before its final twenty minutes, with one scene too many of mother and daughter circling the same argument.</p>
<p>But the performances carry it. As Nell’s mother, Bríd, veteran Playhouse actor Margaret Lowe gives the finest performance I have seen on this stage in years: brittle, funny and devastating in a late monologue about the night her own father drowned. The young cast members drawn from the Playhouse youth company, playing the children of the lost village, are unsettling in the best possible way.</p>
<blockquote><p>“The sea doesn’t take things, love. It keeps them. There’s a difference, and you’ll learn it.”</p></blockquote>
<p>It is rare to see a new play so rooted in this coast: its accents, its weather, its quiet grief. For all its flaws, <em>The Drowned Bell</em> deserves full houses. Go, and listen carefully on the walk home along the front.</p>""",
    },
    {
        "headline": "Library recordings capture the voices of Port Alder’s fishing families",
        "slug": "tide-lines-oral-history-fishing-families",
        "dek": "The Tide Lines project has recorded more than 80 hours of memories, from herring girls to the last days of the sail-powered fleet.",
        "section": "culture",
        "authors": ["priya-raman", "declan-fairweather"],
        "tags": ["fishing", "arts"],
        "dateline": "PORT ALDER",
        "days_ago": 22,
        "hours_ago": 14,
        "is_featured": False,
        "image": None,
        "body": """<p>Ada Polglase was fourteen when she first went to work on the quay, gutting herring in an oilskin apron that reached her ankles. Now 89, she remembers the cold, the knives, the songs, and the day a girl beside her lost the top of a finger and carried on working.</p>
<p>“You didn’t stop,” she says in one of the recordings. “The fish didn’t wait and neither did the foreman. We sang to keep the rhythm and to keep warm. If you listen to an old gutting song, you can hear the knife in it.”</p>
<p>Her voice is one of 46 captured by Tide Lines, an oral history project run by Port Alder Library that has spent two years recording the memories of the town’s fishing families. The recordings, which total more than 80 hours, will be made freely available online and in the library’s local studies room from next month.</p>
<h2>A race against time</h2>
<p>Project coordinator Thandiwe Mokoena, a librarian who grew up inland and admits she “did not know a trawler from a crabber” when she started, said the work had felt urgent from the beginning.</p>
<p>“Three of the people we recorded have died since we spoke to them,” she said. “Their families now have their voices, telling their stories in their own words. That is something no museum display can replace.”</p>
<p>The interviews range widely. A retired skipper recalls navigating home through fog by listening for the bell buoy off Kestrel Point. A former net-maker describes the smell of tar in the lofts above Harbour Row. A woman who grew up on the Fennick Isles remembers being rowed across to school on the mainland in all weathers.</p>
<p>Volunteers, many of them students from Alder Coast College, have transcribed every recording. The project has also produced a short audio trail, which visitors can listen to on their phones while walking around the harbour.</p>
<p>A selection of the recordings will be played at a listening event in the Old Customs House gallery during the Harbour Lights festival. Ms Polglase has said she will attend, “so long as they don’t make me sing”.</p>""",
    },
    {
        "headline": "Lyric Picture House saved as 600 residents buy community shares",
        "slug": "lyric-picture-house-saved-community-shares",
        "dek": "The 1931 cinema in Saltgate will be owned by its audience after a share offer raised £262,000 in ten weeks.",
        "section": "culture",
        "authors": ["priya-raman", "tomasz-wierzbicki"],
        "tags": ["arts", "jobs"],
        "dateline": "SALTGATE",
        "days_ago": 36,
        "hours_ago": 16,
        "is_featured": False,
        "image": {
            "alt": "The art deco facade of a small cinema at dusk, with a curved cream frontage, a red neon sign and a queue of people waiting beneath the canopy.",
            "caption": "The Lyric Picture House on Saltgate’s Market Street has shown films since 1931.",
            "credit": "Photo: Rosa Lindqvist / The Harbour Courier",
            "colours": ((120, 30, 40), (236, 214, 170)),
        },
        "body": """<p>Saltgate’s Lyric Picture House, the art deco cinema that has entertained the village for more than nine decades, has been saved from closure after more than 600 residents bought shares in a community buy-out.</p>
<p>The Friends of the Lyric launched a share offer ten weeks ago with a target of £240,000, the price agreed with the cinema’s retiring owners. By the time the offer closed at midnight on Sunday, it had raised £262,000, with investments ranging from the £50 minimum to £10,000.</p>
<p>The extra money will go towards a new digital projector, accessible toilets and repairs to the neon sign, which has not worked fully since the 1990s.</p>
<p>“People kept coming into the foyer with envelopes of cash and cheques, telling us about their first date here or the first film they saw as a child,” said the group’s chair, Samira Haddad. “We always believed the Lyric meant a lot to Saltgate. I don’t think any of us understood quite how much.”</p>
<p>The cinema’s owners, Bernard and Joan Fell, have run the Lyric for 38 years and had been looking for a buyer since announcing their retirement last year. Mr Fell said they had turned down a higher offer from a developer who wanted to convert the building into flats.</p>
<p>“We didn’t want to be the people who shut the Lyric,” he said. “Selling it to the people who sit in the seats was always what we hoped for.”</p>
<h2>What happens next</h2>
<p>The cinema will be run as a community benefit society, with every shareholder getting one vote regardless of how much they invested. The board plans to keep ticket prices at £7, introduce monthly autism-friendly and parent-and-baby screenings, and show films made by students at Alder Coast College.</p>
<p>Two part-time managers will be employed, supported by volunteers on the box office and kiosk. The handover is expected to be completed within a month, and the first screening under community ownership will be a free showing for shareholders.</p>
<p>Shares remain available for anyone who missed the deadline, the group said, through a waiting list on the <a href="https://example.org/lyric-saltgate">Friends of the Lyric website</a>.</p>""",
    },
]
