# oracle: seed 1, closed, runs cleanly
import torch
from torch.nn import LSTMCell, RNN, RNNCell

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = RNN(input_size=4, hidden_size=9, num_layers=2)
last_0_0 = encode_0(enc_0, torch.zeros(2, 1, 4), h0=torch.zeros(2, 1, 9))

cell_1 = RNNCell(input_size=5, hidden_size=5)
h_1 = torch.zeros(5)
t_1 = 0
while t_1 < 3:
    h_1 = cell_1(torch.randn(5), h_1)
    t_1 += 1

cell_2 = LSTMCell(3, 4, bias=False)
xs_2 = torch.randn(2, 2, 3)
h_2 = torch.zeros(2, 4)
c_2 = torch.zeros(2, 4)
outputs_2 = []
for t in range(2):
    if t == 2:
        break
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
