# oracle: seed 164, open, raises RuntimeError at line 35
import random
import torch
from torch import nn

cell_0 = nn.GRUCell(input_size=5, hidden_size=7)
h_0 = torch.zeros(7)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(5), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)

cell_1 = nn.LSTMCell(2, 7)
xs_1 = torch.randn(4, 3, 2)
h_1 = torch.zeros(3, 7)
c_1 = torch.zeros(3, 7)
outputs_1 = []
for t in range(4):
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = nn.Linear(7, 2)(h_1)

class Args_2:
    pass

args_2 = Args_2()
setattr(args_2, "hidden", 2)
rnn_2 = nn.GRU(3, args_2.hidden)
out_2, h_2 = rnn_2(torch.randn(2, 2, 3), torch.zeros(1, 2, args_2.hidden))

lstm_3 = nn.LSTM(4, 4)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 6))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 4))
last_3 = nn.Linear(4, 2)(out_3[-1])

def encode_4(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_4 = nn.RNN(input_size=8, hidden_size=7, num_layers=1, nonlinearity='tanh')
last_4_0 = encode_4(enc_4, torch.randn(2, 2, 8).float(), h0=torch.zeros(1, 2, 7))
