# oracle: seed 16, closed, raises RuntimeError at line 34
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear, Module
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = Embedding(18, 5)
drop_0 = Dropout(p=0.5)
rnn_0 = LSTM(5, 2, batch_first=True)
tokens_0 = torch.randint(0, 18, (2, 3))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

rnn_1 = GRU(7, 2)
x_1 = torch.randn(4, 3, 7)
lengths_1 = torch.tensor([4, 3, 2])
packed_1 = pack_padded_sequence(x_1, lengths_1)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(5, 6, num_layers=2, bidirectional=True)
logits_2 = model_2.forward(torch.randn((5, 3, 5))).detach()
