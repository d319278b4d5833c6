# oracle: seed 47, closed, raises RuntimeError at line 29
import torch
from torch.nn import LSTM, LSTMCell, Linear, RNN

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = RNN(7, 6, num_layers=2, batch_first=False, dropout=0.2, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.ones(2, 3, 7), h0=torch.zeros(4, 3, 6))

rnn_1 = LSTM(input_size=8, hidden_size=2, num_layers=3, batch_first=False, bidirectional=True)
x_1 = torch.randn(2, 8)
hx_1 = (torch.zeros(6, 2), torch.zeros(6, 2))
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(4)

cell_2 = LSTMCell(4, 7)
xs_2 = torch.randn(2, 2, 6)
h_2 = torch.zeros(2, 7)
c_2 = torch.zeros(2, 7)
outputs_2 = []
for t in range(xs_2.shape[0]):
    if t % 2 == 1:
        continue
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
head_2 = Linear(6, 2)(h_2)
