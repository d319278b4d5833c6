# oracle: seed 299, open, raises IndexError at line 35
import random
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, LSTMCell
import torch.nn.functional as F

rnn_0 = LSTM(8, 2, 3, batch_first=True, bidirectional=True)
x_0 = torch.zeros(3, 4, 8)
hidden_0 = (torch.randn(6, 3, 2).float(), torch.randn(6, 3, 2))
out_0, (h_0, c_0) = rnn_0(x_0, hidden_0)
fc_0 = nn.Linear(4, 5)
logits_0 = fc_0(out_0[:, -1, :])
probs_0 = F.softmax(logits_0, dim=-1)

lstm_1 = LSTM(8, 3)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 8))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 8))
last_1 = nn.Linear(3, 2)(out_1[-1])

class Args_2:
    pass

args_2 = Args_2()
setattr(args_2, "hidden", 5)
rnn_2 = GRU(2, args_2.hidden)
out_2, h_2 = rnn_2(torch.randn(2, 2, 2), torch.zeros(1, 2, args_2.hidden))

lstm_3 = LSTM(3, 3, 1)
out_3, (h_3, c_3) = lstm_3(torch.randn(4, 2, 3))
r_3_0 = len(out_3)
r_3_1 = out_3.size()
r_3_2 = h_3[2]
r_3_3 = out_3.permute(1, 0, 2)

cell_4 = LSTMCell(7, 4)
xs_4 = torch.randn(5, 2, 7)
h_4 = torch.zeros(2, 4)
c_4 = torch.zeros(2, 4)
outputs_4 = []
for t in range(xs_4.shape[0]):
    if t % 2 == 1:
        continue
    h_4, c_4 = cell_4(xs_4[t], (h_4, c_4))
    outputs_4.append(h_4)
head_4 = nn.Linear(4, 2)(h_4)
