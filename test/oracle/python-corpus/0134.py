# oracle: seed 134, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM

lstm_0 = LSTM(3, 6, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 2, 3))
r_0_0 = torch.stack([h_0[-1], out_0[0]], dim=0)
r_0_1 = out_0.size(2)
r_0_2 = len(out_0)
r_0_3 = out_0.size()
a_0, b_0 = out_0.chunk(2, dim=0)

gru_1 = GRU(6, 6)
x_1 = torch.randn(3, 6)
if x_1.dim() == 2:
    x_1 = x_1.unsqueeze(1)
out_1, h_1 = gru_1(x_1)

rnn_2 = LSTM(9, 9, 3, True, False, bidirectional=True)
x_2 = torch.randn(4, 9)
out_2, _ = rnn_2(x_2)
y_2 = out_2[-1].view(18)

gru_3 = GRU(2, 7)
x_3 = torch.randn(4, 3, 2)
if x_3.size(-1) == 2:
    out_3, _ = gru_3(x_3)
else:
    out_3, _ = gru_3(torch.randn(2, 2, 3))

gru_4 = GRU(6, 3)
x_4 = torch.randn(3, 6)
if x_4.size(-1) == 6:
    out_4, _ = gru_4(x_4)
else:
    out_4, _ = gru_4(torch.randn(2, 2, 7))
