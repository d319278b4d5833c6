// oracle: seed 9, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM({ input_size: 7, hidden_size: 7, bidirectional: true });
const x_0 = torch.ones(4, 3, 7);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(14, 5);
const y_0 = head_0.forward(out_0);

const m_1 = new nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(4, 1, 4));
const r_1_0 = o_1.flatten(0, -1);
const r_1_1 = o_1.permute(2, 0, 1).contiguous();
const r_1_2 = h_1.squeeze(0).unsqueeze(1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

const m_2 = new nn.GRU(6, 5);
it("runs the layer", () => {
  m_2.forward(torch.randn(2, 3, 6));
});
