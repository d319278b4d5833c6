# oracle: seed 79, closed, runs cleanly
import torch
import torch.nn as nn

embed_0 = nn.Embedding(18, 8, padding_idx=0)
drop_0 = nn.Dropout(0.1)
rnn_0 = nn.GRU(8, 3, batch_first=True)
tokens_0 = torch.randint(0, 18, (2, 2))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

lstm_1 = nn.LSTM(3, 6, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 3, 3))
r_1_0 = h_1[-1].unsqueeze(0).expand(3, -1, -1)
r_1_1 = out_1[..., :6]
r_1_2 = out_1.flatten(1)
r_1_3 = out_1.flatten(1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(8, 2, 2)
logits_2 = model_2(torch.ones(1, 2, 8))

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = nn.GRU(input_size=3, hidden_size=9, batch_first=True, bidirectional=True)
last_3_0 = encode_3(enc_3, torch.randn(1, 4, 3), batch_first=True)
