# oracle: seed 175, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

gru_0 = GRU(2, 2)
x_0 = torch.randn(3, 2)
if x_0.dim() == 2:
    x_0 = x_0.unsqueeze(1)
out_0, h_0 = gru_0(x_0)

rnn_1 = LSTM(9, 5, bidirectional=False)
x_1 = torch.zeros(4, 3, 9)
batch_1 = x_1.size(1)
h0_1 = torch.zeros(1, batch_1, 5)
c0_1 = torch.zeros(1, batch_1, 5)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))

embed_2 = Embedding(15, 6, padding_idx=0)
drop_2 = Dropout(0.1)
rnn_2 = LSTM(6, 2, batch_first=True)
tokens_2 = torch.randint(0, 15, (1, 3))
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)

rnn_3 = GRU(6, 3)
x_3 = torch.randn(4, 3, 6)
lengths_3 = [4, 3, 2]
packed_3 = pack_padded_sequence(x_3, lengths_3)
packed_out_3, h_3 = rnn_3(packed_3)
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3)
last_3 = Linear(3, 2)(h_3[-1])

rnn_4 = GRU(2, 4, batch_first=True)
x_4 = torch.randn(1, 4, 2)
lengths_4 = [4]
packed_4 = torch.nn.utils.rnn.pack_padded_sequence(x_4, lengths_4, batch_first=True, enforce_sorted=False)
packed_out_4, h_4 = rnn_4(packed_4)
out_4, out_lengths_4 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_4, batch_first=True)
