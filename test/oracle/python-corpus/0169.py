# oracle: seed 169, closed, raises RuntimeError at line 22
import torch
from torch import nn

rnn_0 = nn.RNN(2, 8, num_layers=1, bias=False)
x_0 = torch.randn(5, 2)
out_0, _ = rnn_0(x_0)

embed_1 = nn.Embedding(25, 8)
drop_1 = nn.Dropout()
rnn_1 = nn.GRU(8, 7, batch_first=True)
tokens_1 = torch.randint(0, 25, (1, 4))
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)

rnn_2 = nn.LSTM(7, 3)
x_2 = torch.randn(4, 1, 7)
lengths_2 = [4]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2, enforce_sorted=False)
packed_out_2, (h_2, c_2) = rnn_2(packed_2, (torch.zeros(1, 1, 3), torch.zeros(1, 1, 3)))
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)
last_2 = nn.Linear(4, 2)(h_2[-1])
