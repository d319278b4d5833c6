// oracle: seed 84, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(5, 7));
byName_0.get("enc").forward(torch.randn(2, 2, 5));

const cell_1 = new nn.GRUCell(4, 7);
const xs_1 = torch.randn(2, 4, 4);
let h_1 = torch.zeros(4, 7);
for (let t_1 = 0; t_1 < 2; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new nn.Linear(7, 2).forward(h_1);
