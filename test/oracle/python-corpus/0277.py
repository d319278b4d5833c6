# oracle: seed 277, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM, LSTMCell

def build_0():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(2, 4)

fake_0 = build_0()
y_0, _ = fake_0(torch.randn(2, 3, 7), torch.zeros(9, 9))

lstm_1 = LSTM(3, 2, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(4, 2, 3))
r_1_0 = torch.cat([h_1, c_1], dim=-1)
r_1_1 = len(out_1)
a_1, b_1 = out_1.chunk(2, dim=0)

rnn_2 = GRU(7, 4, 3, dropout=0.1)
x_2 = torch.randn(3, 7)
hx_2 = torch.zeros(3, 4)
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(4)

cell_3 = LSTMCell(5, 3)
xs_3 = torch.randn(5, 2, 5)
h_3 = torch.zeros(2, 3)
c_3 = torch.zeros(2, 3)
outputs_3 = []
for t in range(5):
    if t % 2 == 1:
        continue
    h_3, c_3 = cell_3(xs_3[t], (h_3, c_3))
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3)
