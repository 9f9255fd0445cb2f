### DRAFT machine-assisted translation — needs review by a native speaker.
### Stegvis catalog texts in English (for developers and reviewers).
### Source: locales/sv/catalog.ftl. Structure: server/catalog/catalog.toml.

## Station: gardintillbehör (curtain-accessory assembly)

station-gardin-title = Curtain accessories
station-gardin-summary = Put curtain hooks together and pack them in bags.
station-gardin-fetch = Fetch a box of parts and a pile of empty bags.
station-gardin-order = Look at the work order. It says how many parts go in each bag.
station-gardin-hooks = Press a hook into each glider. It should click.
station-gardin-count = Count the parts. Put them in rows of five, then counting is easy.
station-gardin-bag = Put the parts in a bag.
station-gardin-seal = Close the bag with the machine. Hold the handle down until the lamp goes out.
station-gardin-label = Put a label in the middle of the bag.
station-gardin-box = Put the bag in the box for finished bags. When the box is full, tell your supervisor.

## Station: sömnad (sewing)

station-somnad-title = Sewing
station-somnad-summary = Measure, cut and sew a hem.
station-somnad-measure = Measure the fabric with the tape measure. Look at the pattern for how long it should be.
station-somnad-mark = Draw a line on the fabric with the chalk.
station-somnad-cut = Cut along the line with the scissors.
station-somnad-pin = Fold the edge twice. Hold it in place with pins.
station-somnad-sew = Sew along the edge. Sew slowly. Keep your fingers away from the needle.
station-somnad-iron = Iron the seam flat.
station-somnad-tidy = Switch off the machine and the iron. Put the scissors and the pins back in their place.

## Station: butiksarbete (shop work, price labels and shelving)

station-butik-title = Shop work
station-butik-summary = Put price labels on goods and place them on the shelf.
station-butik-fetch = Fetch goods from the stockroom with the trolley.
station-butik-price = Look at the price list. What does the item cost?
station-butik-label = Put a price label on each item with the price gun.
station-butik-shelf = Put the item on the right shelf. The same items stand together.
station-butik-rotate = Move the old items to the front. Put the new ones at the back.
station-butik-front = Turn the items so that the name and the price can be seen.
station-butik-customer = If a customer asks something: greet them kindly. You do not know the answer? Fetch your supervisor.

## Station: miljösortering (waste sorting)

station-sortering-title = Waste sorting
station-sortering-summary = Sort waste into the right bin.
station-sortering-gloves = Put on your gloves.
station-sortering-paper = Paper and cardboard in the bin for paper. Flatten the cardboard.
station-sortering-plastic = Plastic packaging in the bin for plastic.
station-sortering-metal = Cans and metal in the bin for metal.
station-sortering-glass = Glass in the bin for glass. Coloured and clear glass separately.
station-sortering-food = Food waste in a paper bag. The bag in the brown bin.
station-sortering-rest = What is left is residual waste. Not sure? Ask your supervisor.
station-sortering-wash = Take off the gloves. Wash your hands.

## Station: lagerhantering (warehouse picking)

station-lager-title = Warehouse
station-lager-summary = Pick goods from a pick list and pack them.
station-lager-list = Take a pick list.
station-lager-place = Read the shelf location on the list. A 3 2 means aisle A, shelf 3, level 2.
station-lager-pick = Take the right item from the shelf. Compare the number on the item with the list.
station-lager-count = Count. Take as many as the list says.
station-lager-scan = Scan the barcode. Or tick the line on the list.
station-lager-pack = Pack the goods in a box. Put the list on top.
station-lager-deliver = Put the box at the dispatch point. Take the next list.

## Checklist: betala en räkning (pay a bill)

checklist-betala-rakning-title = Pay a bill
checklist-betala-rakning-summary = Pay a bill in the bank's app.
checklist-betala-rakning-check = Is it a real bill? First check with the list Bill or advertisement.
checklist-betala-rakning-bank = Open the bank's app. Log in with BankID.
checklist-betala-rakning-scan = Choose Pay. Scan the bill with the camera. Or type the bankgiro and the OCR number.
checklist-betala-rakning-amount = Type the amount. Compare it with the bill.
checklist-betala-rakning-date = Choose a day. Pay on the due date at the latest.
checklist-betala-rakning-sign = Approve the payment with BankID.
checklist-betala-rakning-save = Write Paid and the date on the bill. Keep it in a folder.

## Checklist: räkning eller reklam (tell a real bill from an offer or advertisement)

checklist-rakning-eller-reklam-title = Bill or advertisement?
checklist-rakning-eller-reklam-summary = Find out if a letter is a real bill before you pay.
checklist-rakning-eller-reklam-sender = Who sent the letter? Do you know the name?
checklist-rakning-eller-reklam-bought = Did you buy something from them? If not, do not pay.
checklist-rakning-eller-reklam-words = Does it say Offer, Free, Try or Join? Then it is an advertisement, not a bill.
checklist-rakning-eller-reklam-bookclub = A letter about joining a book club is not a bill. You should not pay.
checklist-rakning-eller-reklam-parts = A real bill has an amount, a due date, an OCR number and a bankgiro.
checklist-rakning-eller-reklam-ask = Not sure? Do not pay. Take the letter to your coach.
checklist-rakning-eller-reklam-sort = Advertisements go in the paper recycling. Keep real bills.

## Checklist: åka buss (plan and take a bus trip)

checklist-bussresa-title = Take the bus
checklist-bussresa-summary = Plan a bus trip and go.
checklist-bussresa-goal = Decide where you are going. When must you be there?
checklist-bussresa-search = Search for the trip in the app. Type where you are and where you are going.
checklist-bussresa-note = Write down the bus number, the stop and the time.
checklist-bussresa-ticket = Buy a ticket in the app before you get on the bus.
checklist-bussresa-stop = Go to the bus stop. Be there five minutes early.
checklist-bussresa-board = Look at the number on the bus. Get on and show your ticket.
checklist-bussresa-press = Press the stop button before your stop.
checklist-bussresa-home = Plan the trip home the same way.

## Checklist: boka tvättstugan (book the laundry room)

checklist-tvattstuga-title = Book the laundry room
checklist-tvattstuga-summary = Book a time and do your washing.
checklist-tvattstuga-board = Go to the booking board by the laundry room. Or open the booking in the app.
checklist-tvattstuga-choose = Choose a time that is free.
checklist-tvattstuga-book = Put your booking lock on the time. Or press Book in the app.
checklist-tvattstuga-remember = Write the time in your phone. Set an alarm.
checklist-tvattstuga-clean = Clean up after yourself. Wipe the machines, remove the lint and sweep the floor.
checklist-tvattstuga-finish = Finish on time. The next person is waiting.

## Checklist: boka tid på vårdcentralen eller tandvården (book a health-centre or dental visit)

checklist-vardbesok-title = Book a health visit
checklist-vardbesok-summary = Book a time at the health centre or at the dentist.
checklist-vardbesok-urgent = Is it urgent and dangerous? Call 112. Do you need advice? Call 1177.
checklist-vardbesok-login = Open 1177 on your phone. Log in with BankID.
checklist-vardbesok-book = Choose your health centre or dental clinic. Book a time.
checklist-vardbesok-call = You can also call the health centre. Say your name and why you are calling.
checklist-vardbesok-interpreter = Do you need an interpreter? Say so when you book. The interpreter costs nothing.
checklist-vardbesok-calendar = Write the time and the address in your calendar.
checklist-vardbesok-id = Bring your ID. Come ten minutes early.
checklist-vardbesok-cancel = You cannot come? Cancel the day before at the latest. Otherwise you may have to pay.

## Checklist: söka försörjningsstöd (apply for income support online)

checklist-forsorjningsstod-title = Apply for income support
checklist-forsorjningsstod-summary = Apply for income support in the municipality's e-service.
checklist-forsorjningsstod-papers = Gather your papers: rent, wages or benefits, bank statements and bills.
checklist-forsorjningsstod-photo = Take a photo of each paper with your phone.
checklist-forsorjningsstod-login = Open the municipality's e-service for income support. Log in with BankID.
checklist-forsorjningsstod-answer = Answer the questions about you, your family, your money and your costs.
checklist-forsorjningsstod-attach = Attach the photos of your papers.
checklist-forsorjningsstod-send = Check everything. Send and sign with BankID.
checklist-forsorjningsstod-stuck = Stuck? Save. Ask your coach or call social services.
checklist-forsorjningsstod-reply = Look for the answer in the e-service and in your letterbox.

## Guide: bussen (the bus)

guide-buss-title = How to take the bus
guide-buss-summary = Bus stop, timetable, ticket and stop button.
guide-buss-sign = The bus stop has a sign with a bus on it. The sign shows the name of the stop and the bus numbers.
guide-buss-timetable = The timetable is at the bus stop. It shows when the bus leaves.
guide-buss-columns = The timetable has three parts. One for weekdays. One for Saturdays. One for Sundays and holidays.
guide-buss-read = Choose the part for today. First comes the hour, then the minutes.
guide-buss-ticket = Buy a ticket in the app or at a ticket machine. Often you cannot pay cash on the bus.
guide-buss-show = Show the ticket on your phone to the driver. Or hold it to the ticket reader.
guide-buss-button = Press the stop button when your stop is coming. Then the bus stops.
guide-buss-exit = Wait until the bus has stopped. Then get off.

## Guide: räkningen (the bill)

guide-rakning-title = How to read a bill
guide-rakning-summary = Sender, amount, due date, OCR number and bankgiro.
guide-rakning-sender = The sender is at the top. It is the company that wants money.
guide-rakning-amount = The amount is how much you have to pay. It says To pay.
guide-rakning-due = The due date is the last day you can pay.
guide-rakning-ocr = The OCR number is a long row of digits. It shows that the money comes from you. Type it exactly.
guide-rakning-giro = Bankgiro or plusgiro is the company's number. The money goes there.
guide-rakning-words = On the right is an advert. It says Offer and Free. A bill does not say that.
guide-rakning-bookclub = The book club wants you to join and buy a book every month. It is an offer, not a bill.
guide-rakning-nopay = The advert has no OCR number and no bankgiro. Do not pay. Throw it away or show your coach.
guide-rakning-einvoice = An e-invoice comes straight to your bank. You approve it in the app.
guide-rakning-autogiro = Direct debit (autogiro) means the bank pays by itself every month. Then you must not pay again.
guide-rakning-unsure = Not sure? Ask your coach. Never pay a letter that you do not recognise.

## App labels read aloud: the home tiles (the client shows and speaks these)
app-home-checklists = My checklists
app-home-bus = Bus
app-home-bills = Bills
app-home-stations = Workstations
app-home-goals = My goals

## App labels read aloud: each language's name (the chooser plays a language's
## name in that language, before any choice)
app-language-ar = Arabic
app-language-fa = Persian
app-language-so = Somali
app-language-ti = Tigrinya
app-language-sv = Swedish

## App labels read aloud: what the app and the station pages say about their state
app-say-choose-language = Choose language
app-say-choose-station = Choose your station
app-say-done = Well done! You have done every step.
app-say-saved = Saved on the phone – sent later
app-say-revoked = This card no longer works. Ask your coach for a new card.
app-say-signin = Scan the QR code on the card your coach gave you.
app-say-no-connection = No contact with the server yet. Try again when you have a network.
app-say-not-found = This page does not exist.
app-say-station-unknown = There is no station with this code. Scan the code at the station again, or ask your coach.
app-say-server-error = Something went wrong on our side. Try again in a moment.
app-say-bad-request = The address is wrong. Scan the code again.
app-say-no-goals = No goals yet. Make a plan together with your coach.
