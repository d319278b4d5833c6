# oracle: seed 179, closed, raises RuntimeError at line 36
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear
from torch.autograd import Variable
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = LSTM(4, 5, num_layers=2, dropout=0.1, bidirectional=False)
x_0 = torch.randn(3, 4)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(5)

embed_1 = Embedding(25, 3, padding_idx=0)
drop_1 = Dropout()
rnn_1 = LSTM(3, 8, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 24]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = Linear(8, 25)(out_1)

rnn_2 = GRU(4, 6, 1, batch_first=True, bidirectional=False)
x_2 = torch.rand([4, 4, 4])
batch_2 = x_2.size(0)
h0_2 = torch.zeros(1, batch_2, 6)
out_2, hn_2 = rnn_2(x_2, h0_2)

rnn_3 = GRU(7, 5, batch_first=True)
x_3 = torch.randn(2, 3, 7)
lengths_3 = torch.tensor([3, 2])
packed_3 = pack_padded_sequence(x_3, lengths_3, batch_first=True, enforce_sorted=False)
packed_out_3, h_3 = rnn_3(packed_3, torch.zeros(1, 2, 5))
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3, batch_first=True)

rnn_4 = LSTM(6, 6, batch_first=True, proj_size=3)
x_4 = Variable(torch.ones(6, 1, 12))
hidden_4 = (torch.zeros((1, 1, 3)), torch.zeros((1, 1, 6)))
out_4, state_4 = rnn_4(x_4, hidden_4)
n_4 = out_4.size(0) * out_4.dim()
