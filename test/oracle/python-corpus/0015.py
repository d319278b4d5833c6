# oracle: seed 15, open, raises RuntimeError at line 18
import random
import torch
from torch import nn
from torch.autograd import Variable
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = nn.LSTM(5, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 5))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 5))
last_0 = nn.Linear(3, 2)(out_0[-1])

rnn_1 = nn.GRU(4, 4, 1, True, False, bidirectional=True)
x_1 = Variable(torch.randn(2, 1, 5).float())
hidden_1 = torch.zeros(2, 1, 4)
out_1, h_1 = rnn_1(x_1, hidden_1)
fc_1 = nn.Linear(8, 2)
logits_1 = fc_1(out_1[-1])

lstm_2 = nn.LSTM(3, 6, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 3, 3))
r_2_0 = c_2.repeat(1, 1, 1)
r_2_1 = out_2.unsqueeze(-1).squeeze(0)
r_2_2 = torch.cat((out_2, out_2), 2)
r_2_3 = out_2.flatten(0, 1)

rnn_3 = nn.LSTM(4, 7, batch_first=True)
x_3 = torch.randn(4, 5, 4)
lengths_3 = torch.tensor([5, 4, 3, 2])
packed_3 = pack_padded_sequence(x_3, lengths_3, batch_first=True)
packed_out_3, (h_3, c_3) = rnn_3(packed_3)
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3, batch_first=True)
last_3 = nn.Linear(7, 2)(h_3[-1])
