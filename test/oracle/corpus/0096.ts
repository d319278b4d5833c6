// oracle: seed 96, closed, runs cleanly
import { torch, nn } from "rnnlens";

const { LSTM: LSTM_0 } = nn;
const m_0 = new LSTM_0(8, 8, { numLayers: 2, bidirectional: true });
const x_0 = torch.randn(3, 3, 8);
const [out_0, st_0] = m_0.forward(x_0, [torch.randn(4, 3, 8), torch.ones(4, 3, 8)]);
