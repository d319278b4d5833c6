# oracle: seed 61, open, runs cleanly
import random
import torch
from torch.nn import GRU, LSTM, Linear, ModuleDict, RNN

y_0 = torch.randn(3, 3, 6)
stack_0 = ModuleDict({"enc": RNN(6, 2)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = RNN(2, 3)(y_0)
z_0 = Linear(3, 3)(y_0)

lstm_1 = LSTM(7, 5)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 7))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 7))
last_1 = Linear(5, 2)(out_1[-1])

rnn_2 = LSTM(2, 3)
x_2 = torch.randn(2, 2)
hx_2 = (torch.zeros(1, 3), torch.zeros(1, 3))
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(3)

rnn_3 = GRU(4, 8, 2, bidirectional=True)
x_3 = torch.rand(4, 1, 4)
batch_3 = x_3.size()[1]
h0_3 = torch.zeros(4, batch_3, 8)
out_3, hn_3 = rnn_3(x_3, h0_3)

gru_4 = GRU(4, 7)
x_4 = torch.randn(4, 3, 4)
if x_4.dim() == 2:
    x_4 = x_4.unsqueeze(1)
out_4, h_4 = gru_4(x_4)
