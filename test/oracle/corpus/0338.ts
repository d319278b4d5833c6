// oracle: seed 338, closed, raises at 15: input.size(-1) must be equal to input_size. Expected 6, got 12
import { torch, nn } from "rnnlens";

const { GRU: GRU_0 } = nn;
const m_0 = new GRU_0(2, 9, { numLayers: 3, batch_first: false, bidirectional: true });
const x_0 = torch.rand(1, 4, 2);
const [out_0, st_0] = m_0.forward(x_0, torch.zeros(6, 4, 9));
const head_0 = new nn.Linear(18, 4);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, -1);
const n_0 = out_0.size(1) * st_0.size(0);

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(6, 6));
byName_1.get("enc").forward(torch.randn(2, 2, 12));

const m_2 = new nn.GRU(5, 5);
[torch.randn(2, 3, 5), torch.randn(2, 3, 5)].forEach((x) => m_2.forward(x));
